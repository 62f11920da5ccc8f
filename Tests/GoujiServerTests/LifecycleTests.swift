import Foundation
import GoujiJSON
import LanguageServerProtocol
import Testing

@testable import GoujiServer

@Suite struct LifecycleTests {
  @Test func requestsBeforeInitializeAreRefusedAndNotificationsDropped() throws {
    let client = try TestClient()
    client.open("file:///early.txt", text: "报告")
    let early = client.request(
      "textDocument/hover",
      [
        "textDocument": ["uri": "file:///early.txt"],
        "position": [
          "line": 0, "character": 0,
        ],
      ])
    #expect(early?["error"]?["code"] == -32002)
    #expect(client.request("shutdown")?["error"]?["code"] == -32002)
    client.initialize()
    // The document opened before initialize was dropped.
    let after = client.request(
      "textDocument/hover",
      [
        "textDocument": ["uri": "file:///early.txt"],
        "position": [
          "line": 0, "character": 0,
        ],
      ])
    #expect(after?["error"]?["code"] == -32602)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func initializeAnswersCapabilitiesOnceOnly() throws {
    let client = try TestClient()
    let result = client.initialize()
    let capabilities = result?["capabilities"]
    #expect(capabilities?["positionEncoding"] == "utf-16")
    #expect(capabilities?["textDocumentSync"]?["change"] == 2)
    #expect(capabilities?["textDocumentSync"]?["openClose"] == true)
    #expect(capabilities?["hoverProvider"] == true)
    #expect(capabilities?["codeActionProvider"]?["codeActionKinds"] == ["quickfix", "source.fixAll.gouji"])
    #expect(capabilities?["semanticTokensProvider"]?["legend"]?["tokenTypes"]?.arrayValue?.isEmpty == false)
    #expect(capabilities?["diagnosticProvider"] == nil)
    #expect(result?["serverInfo"]?["name"] == "gouji")
    let again = client.request("initialize", ["processId": .null, "rootUri": .null, "capabilities": [:]])
    #expect(again?["error"]?["code"] == -32600)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func unknownMethodsAndNotifications() throws {
    let client = try TestClient()
    client.initialize()
    #expect(client.request("textDocument/rename", [:])?["error"]?["code"] == -32601)
    client.notify("$/unknownNotification", ["x": 1])
    client.notify("gouji/unknownNotification", ["x": 1])
    client.notify("$/setTrace", ["value": "verbose"])
    let stillWorking = client.request("workspace/executeCommand", ["command": "gouji.nothing"])
    #expect(stillWorking?["error"]?["code"] == -32602)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func malformedParamsAreAnsweredInvalidParams() throws {
    let client = try TestClient()
    client.initialize()
    client.open("file:///a.txt", text: "一、总体情况\n")
    let wrongType = client.request("textDocument/hover", ["textDocument": ["uri": 5], "position": ["line": 0]])
    #expect(wrongType?["error"]?["code"] == -32602)
    #expect(wrongType?["error"]?["message"]?.stringValue?.contains("textDocument.uri") == true)
    let missing = client.request("textDocument/documentSymbol", [:])
    #expect(missing?["error"]?["code"] == -32602)
    // A broken notification is dropped and the server goes on.
    client.notify("textDocument/didChange", ["textDocument": "nonsense"])
    let symbols = client.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///a.txt"]])
    #expect(symbols?["result"]?.arrayValue != nil)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func nullResultsAreSentExplicitly() throws {
    let client = try TestClient()
    client.initialize()
    client.open("file:///empty.txt", text: "")
    let hover = client.request(
      "textDocument/hover",
      [
        "textDocument": ["uri": "file:///empty.txt"],
        "position": [
          "line": 0, "character": 0,
        ],
      ])
    #expect(hover?.objectValue?.keys.contains("result") == true)
    let shutdown = client.request("shutdown")
    #expect(shutdown?.objectValue?.keys.contains("result") == true)
    #expect(shutdown?["result"] == .null)
    client.notify("exit")
    #expect(client.server.waitForExit(timeout: .seconds(10)) == 0)
  }

  @Test func requestsAfterShutdownAreInvalid() throws {
    let client = try TestClient()
    client.initialize()
    _ = client.request("shutdown")
    #expect(client.request("textDocument/hover", [:])?["error"]?["code"] == -32600)
    #expect(client.request("shutdown")?["error"]?["code"] == -32600)
    client.notify("exit")
    #expect(client.server.waitForExit(timeout: .seconds(10)) == 0)
  }

  @Test func exitWithoutShutdownIsStatusOne() throws {
    let client = try TestClient()
    client.initialize()
    client.notify("exit")
    #expect(client.server.waitForExit(timeout: .seconds(10)) == 1)
  }

  @Test func exitBeforeInitializeIsStatusOne() throws {
    let client = try TestClient()
    client.notify("exit")
    #expect(client.server.waitForExit(timeout: .seconds(10)) == 1)
  }

  @Test func clientGoingAwayEndsTheServer() throws {
    let client = try TestClient()
    client.initialize()
    client.transport.finishSending()
    #expect(client.server.waitForExit(timeout: .seconds(10)) == 1)
  }

  @Test func theServerEndsWhenTheClientProcessIsGone() throws {
    let gone = Process()
    gone.executableURL = URL(fileURLWithPath: "/bin/sh")
    gone.arguments = ["-c", "exit 0"]
    try gone.run()
    gone.waitUntilExit()
    let client = try TestClient(options: ServerOptions(parentProcessCheckInterval: .milliseconds(20)))
    _ = client.request("initialize", ["processId": .int(Int(gone.processIdentifier)), "capabilities": [:]])
    #expect(client.server.waitForExit(timeout: .seconds(10)) == 1)
  }

  @Test func theServerKeepsRunningWhileTheClientProcessLives() throws {
    let client = try TestClient(options: ServerOptions(parentProcessCheckInterval: .milliseconds(20)))
    let alive = Int(ProcessInfo.processInfo.processIdentifier)
    _ = client.request("initialize", ["processId": .int(alive), "capabilities": [:]])
    #expect(client.server.waitForExit(timeout: .milliseconds(200)) == nil)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func cancelledRequestsAreAnsweredRequestCancelled() throws {
    let client = try TestClient()
    client.initialize()
    client.open("file:///a.txt", text: Examples.text(Examples.wrongTotal))
    var ids: [RequestID] = []
    client.server.withProcessingSuspended {
      let params: JSONValue = ["textDocument": ["uri": "file:///a.txt"]]
      ids = [
        client.send(request: "textDocument/documentSymbol", params),
        client.send(request: "textDocument/foldingRange", params),
      ]
      client.notify("$/cancelRequest", ["id": ids[0].jsonValue])
      client.notify("$/cancelRequest", ["id": 999])
      // The connection records the cancellation as soon as it reads it, while the server's queue is suspended.
      let deadline = ContinuousClock.now + .seconds(10)
      while !client.server.requests.isCancelled(ids[0]) && ContinuousClock.now < deadline {
        Thread.sleep(forTimeInterval: 0.01)
      }
    }
    #expect(client.waitForResponse(ids[0])?["error"]?["code"] == -32800)
    #expect(client.waitForResponse(ids[1])?["result"]?.arrayValue != nil)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func invalidMessagesAreAnsweredAndTheServerGoesOn() throws {
    let client = try TestClient()
    client.initialize()
    client.transport.write(Array("Content-Length: 9\r\n\r\n{not json".utf8))
    client.transport.write(Array("Content-Length: x\r\n\r\n".utf8))
    client.transport.write(Array("Content-Length: 2\r\n\r\n[]".utf8))
    let answer = client.request(
      "textDocument/hover",
      [
        "textDocument": ["uri": "file:///none.txt"],
        "position": [
          "line": 0, "character": 0,
        ],
      ])
    #expect(answer?["error"]?["code"] == -32602)
    #expect(client.shutDownAndExit() == 0)
  }
}
