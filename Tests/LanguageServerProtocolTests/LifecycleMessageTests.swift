import LanguageServerProtocol
import Testing

@Suite struct LifecycleMessageTests {
  @Test func initialized() throws {
    try expectMessage(InitializedNotification(), method: "initialized", params: "{}")
  }

  @Test func shutdownHasNoParamsAndANullResult() throws {
    #expect(!ShutdownRequest.carriesParams)
    try expectMessage(ShutdownRequest(), method: "shutdown", params: "{}")
    try expectResponse(ShutdownRequest.self, VoidResponse(), "null")
  }

  @Test func voidResponseToleratesAnyResult() throws {
    #expect(try decode(VoidResponse.self, "{}") == VoidResponse())
    #expect(try decode(VoidResponse.self, "[1]") == VoidResponse())
  }

  @Test func exitHasNoParams() throws {
    #expect(!ExitNotification.carriesParams)
    try expectMessage(ExitNotification(), method: "exit", params: "{}")
  }

  @Test func cancelRequestWithNumberAndStringIds() throws {
    try expectMessage(CancelRequestNotification(id: 7), method: "$/cancelRequest", params: #"{"id":7}"#)
    try expectMessage(CancelRequestNotification(id: "abc-7"), method: "$/cancelRequest", params: #"{"id":"abc-7"}"#)
  }

  @Test func setTrace() throws {
    try expectMessage(SetTraceNotification(value: .verbose), method: "$/setTrace", params: #"{"value":"verbose"}"#)
  }
}
