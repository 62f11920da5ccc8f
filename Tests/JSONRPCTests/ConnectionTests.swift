import Foundation
import GoujiJSON
import GoujiText
import JSONRPC
import LanguageServerProtocol
import Testing

@Suite struct ConnectionTests {
  @Test func requestIsHandledAndAnswered() throws {
    let harness = try Harness()
    harness.transport.send(request: 1, method: "textDocument/hover", params: ["x": 1])
    let response = harness.transport.receive()
    #expect(response == ["jsonrpc": "2.0", "id": 1, "result": ["method": "textDocument/hover", "params": ["x": 1]]])
    #expect(harness.finish())
  }

  @Test func stringIdsAreEchoed() throws {
    let harness = try Harness()
    harness.transport.send(request: "req-α", method: "shutdown")
    #expect(harness.transport.receive()?["id"] == "req-α")
    #expect(harness.finish())
  }

  @Test func orderIsPreserved() throws {
    let harness = try Harness(answersRequests: false)
    for index in 0..<300 {
      harness.transport.send(notification: "n", params: ["i": .int(index)])
    }
    #expect(harness.handler.waitForMessages(300))
    let indices = harness.handler.messages.compactMap { message -> Int? in
      guard case .notification(_, let params) = message else { return nil }
      return params?["i"]?.intValue
    }
    #expect(indices == Array(0..<300))
    #expect(harness.finish())
  }

  @Test func invalidInputIsAnsweredAndReadingGoesOn() throws {
    let harness = try Harness()
    harness.transport.write(MessageFramer.frame(Data("{not json".utf8)))
    harness.transport.write(MessageFramer.frame(Data(#"[{"jsonrpc":"2.0","id":1,"method":"a"}]"#.utf8)))
    harness.transport.write(Array("Content-Length: -3\r\n\r\nabc".utf8))
    harness.transport.send(request: 2, method: "after")

    let parseError = harness.transport.receive()
    #expect(parseError?["id"] == .null)
    #expect(parseError?["error"]?["code"] == .int(ErrorCode.parseError.rawValue))
    #expect(parseError?["result"] == nil)
    let batch = harness.transport.receive()
    #expect(batch?["id"] == .null)
    #expect(batch?["error"]?["code"] == .int(ErrorCode.invalidRequest.rawValue))
    let framing = harness.transport.receive()
    #expect(framing?["error"]?["code"] == .int(ErrorCode.parseError.rawValue))
    #expect(harness.transport.receive()?["id"] == 2)

    #expect(harness.handler.waitForMessages(4))
    let invalid = harness.handler.messages.filter { if case .invalid = $0 { true } else { false } }
    #expect(invalid.count == 3)
    #expect(harness.finish())
  }

  @Test func endOfInputClosesTheConnectionOnceAfterTheLastMessage() throws {
    let harness = try Harness(answersRequests: false)
    harness.transport.send(notification: "exit")
    #expect(harness.finish())
    #expect(harness.handler.messages == [.notification(method: "exit", params: nil)])
    #expect(harness.connection.isClosed)
    harness.connection.close()
    harness.connection.waitForHandler()
    #expect(harness.handler.timesClosed == 1)
  }

  @Test func requestsJustBeforeEndOfInputAreStillAnswered() throws {
    let harness = try Harness(handlerDelay: .milliseconds(10))
    for id in 1...20 {
      harness.transport.send(request: .number(id), method: "m")
    }
    harness.transport.finishSending()
    #expect(harness.handler.waitUntilClosed())
    let ids = (1...20).compactMap { _ in harness.transport.receive(timeout: .seconds(1))?["id"] }
    #expect(ids == (1...20).map { JSONValue.int($0) })
    harness.transport.close()
  }

  @Test func typedNotificationsOmitParamsWhenTheyCarryNone() throws {
    let harness = try Harness()
    harness.connection.send(LogMessageNotification(type: .info, message: "ready"))
    harness.connection.send(ExitNotification())
    #expect(
      harness.transport.receive() == [
        "jsonrpc": "2.0", "method": "window/logMessage", "params": ["type": 3, "message": "ready"],
      ])
    #expect(harness.transport.receive() == ["jsonrpc": "2.0", "method": "exit"])
    #expect(harness.finish())
  }

  @Test func nilResultsAndErrorsAreSentExactly() throws {
    let harness = try Harness()
    harness.connection.send(response: Hover?.none, id: 5)
    harness.connection.send(error: .requestCancelled, id: "c")
    let body = harness.transport.receiveBody()
    #expect(body.map { String(decoding: $0, as: UTF8.self) } == #"{"id":5,"jsonrpc":"2.0","result":null}"#)
    #expect(
      harness.transport.receive() == [
        "jsonrpc": "2.0", "id": "c", "error": ["code": -32800, "message": "request cancelled"],
      ])
    #expect(harness.finish())
  }

  @Test func concurrentSendsNeverInterleave() throws {
    let harness = try Harness()
    let payload = String(repeating: "合同𠀀", count: 2_000)
    let intact = Locked(0)
    let readerDone = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      while intact.withLock({ $0 }) < 400, let message = harness.transport.receive() {
        if message["params"]?["text"]?.stringValue == payload { intact.withLock { $0 += 1 } }
      }
      readerDone.signal()
    }
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      for _ in 0..<50 {
        harness.connection.send(notification: "n", params: ["text": .string(payload)] as JSONValue)
      }
    }
    #expect(readerDone.wait(timeout: .now() + 20) == .success)
    #expect(intact.withLock { $0 } == 400)
    #expect(harness.finish())
  }
}
