import Dispatch
import Foundation
import GoujiJSON
import GoujiText
import JSONRPC
import LanguageServerProtocol
import Testing

/// Requests the server sends to the client, and the matching of the client's responses.
@Suite struct ServerRequestTests {
  /// Collects one result delivered to a completion.
  final class Outcome<Value: Sendable>: Sendable {
    private let stored = Locked<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    func set(_ value: Value) {
      stored.withLock { $0 = value }
      done.signal()
    }

    func wait() -> Value? {
      guard done.wait(timeout: .now() + 5) == .success else { return nil }
      return stored.withLock { $0 }
    }
  }

  @Test func typedRequestIsSentAndItsResponseDecoded() throws {
    let harness = try Harness()
    let outcome = Outcome<Result<[JSONValue], ResponseError>>()
    let id = harness.connection.send(ConfigurationRequest(items: [ConfigurationItem(section: "gouji")])) {
      outcome.set($0)
    }
    let request = harness.transport.receive()
    #expect(
      request == [
        "jsonrpc": "2.0", "id": id.jsonValue, "method": "workspace/configuration",
        "params": ["items": [["section": "gouji"]]],
      ])
    harness.transport.send(responseTo: id, result: [["profile": "strict"]])
    #expect(try outcome.wait()?.get() == [["profile": "strict"]])
    #expect(harness.handler.messages.isEmpty)
    #expect(harness.finish())
  }

  @Test func responsesAreMatchedById() throws {
    let harness = try Harness()
    let first = Outcome<Result<JSONValue, ResponseError>>()
    let second = Outcome<Result<JSONValue, ResponseError>>()
    let firstID = harness.connection.send(request: "a", params: JSONValue.object([:])) { first.set($0) }
    let secondID = harness.connection.send(request: "b", params: JSONValue.object([:])) { second.set($0) }
    #expect(firstID != secondID)
    harness.transport.send(responseTo: secondID, result: "second")
    harness.transport.send(["jsonrpc": "2.0", "id": firstID.jsonValue, "error": ["code": -32803, "message": "no"]])
    #expect(try second.wait()?.get() == "second")
    #expect(first.wait() == .failure(ResponseError(code: .requestFailed, message: "no")))
    #expect(harness.finish())
  }

  @Test func unmatchedResponsesGoToTheHandler() throws {
    let harness = try Harness()
    harness.transport.send(responseTo: 999, result: true)
    #expect(harness.handler.waitForMessages(1))
    #expect(harness.handler.messages == [.response(id: 999, result: .success(true))])
    #expect(harness.finish())
  }

  @Test func parameterlessRequestOmitsParams() throws {
    let harness = try Harness()
    let outcome = Outcome<Result<VoidResponse, ResponseError>>()
    let id = harness.connection.send(DiagnosticRefreshRequest()) { outcome.set($0) }
    #expect(
      harness.transport.receive() == [
        "jsonrpc": "2.0", "id": id.jsonValue, "method": "workspace/diagnostic/refresh",
      ])
    harness.transport.send(responseTo: id, result: nil)
    #expect(outcome.wait() == .success(VoidResponse()))
    #expect(harness.finish())
  }

  @Test func undecodableResultIsAnInternalError() throws {
    let harness = try Harness()
    let outcome = Outcome<Result<ApplyWorkspaceEditResult, ResponseError>>()
    let id = harness.connection.send(ApplyEditRequest(edit: WorkspaceEdit())) { outcome.set($0) }
    _ = harness.transport.receive()
    harness.transport.send(responseTo: id, result: ["applied": "yes"])
    guard case .failure(let error) = outcome.wait() else {
      Issue.record("expected a failure")
      return
    }
    #expect(error.code == .internalError)
    #expect(error.message == "invalid result of workspace/applyEdit: 'applied' should be a boolean")
    #expect(harness.finish())
  }

  @Test func pendingRequestsFailWhenTheInputEnds() throws {
    let harness = try Harness()
    let outcome = Outcome<Result<JSONValue, ResponseError>>()
    harness.connection.send(request: "never/answered", params: JSONValue.object([:])) { outcome.set($0) }
    #expect(harness.finish())
    #expect(outcome.wait() == .failure(.connectionClosed))
  }

  @Test func requestsAfterCloseFailImmediately() throws {
    let harness = try Harness()
    #expect(harness.finish())
    let outcome = Outcome<Result<JSONValue, ResponseError>>()
    harness.connection.send(request: "late", params: JSONValue.object([:])) { outcome.set($0) }
    #expect(outcome.wait() == .failure(.connectionClosed))
  }

  @Test func asyncRequest() async throws {
    let harness = try Harness()
    let peer = Thread {
      guard let request = harness.transport.receive(), let id = request["id"].flatMap(RequestID.init) else { return }
      harness.transport.send(responseTo: id, result: nil)
    }
    peer.start()
    let registration = Registration(id: "cfg", method: DidChangeConfigurationNotification.method)
    let response = try await harness.connection.send(RegisterCapabilityRequest(registrations: [registration]))
    #expect(response == VoidResponse())
    #expect(harness.finish())
  }
}
