import LanguageServerProtocol
import Testing

@testable import GoujiServer

@Suite struct MethodRegistryTests {
  @Test func everyRegisteredClientRequestIsDispatched() {
    let dispatched = Set(ClientRequestMethod.allCases.map { $0.type.method })
    #expect(dispatched == Set(Messages.clientRequests.map { $0.method }))
  }

  @Test func everyRegisteredClientNotificationIsDispatched() {
    let dispatched = Set(ClientNotificationMethod.allCases.map { $0.type.method })
    #expect(dispatched == Set(Messages.clientNotifications.map { $0.method }))
  }
}
