import Foundation
import Testing

/// The built binary over real standard streams, as editors run it.
@Suite struct StdioTests {
  static let initialize =
    #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"#
    + #""capabilities":{"general":{"positionEncodings":["utf-32"]}}}}"#

  @Test func aWholeSessionWithMalformedInputInBetween() throws {
    let server = try StdioServer()
    server.write(Array("Content-Length: 12\r\n\r\n{\"broken\": ".utf8))  // Not JSON (and 1 byte short of the 12).
    server.send(Self.initialize)
    // The broken body swallowed the first byte of the next header: the framer recovers at the next Content-Length.
    server.send(Self.initialize)
    var errors: [[String: Any]] = []
    var answer: [String: Any]?
    while answer == nil, let message = server.receive() {
      if message["error"] != nil { errors.append(message) } else if message["id"] as? Int == 1 { answer = message }
    }
    let initialized = try #require(answer)
    #expect(errors.contains { ($0["error"] as? [String: Any])?["code"] as? Int == -32700 && $0["id"] is NSNull })
    #expect((initialized["result"] as? [String: Any])?["capabilities"] != nil)
    server.send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)

    let name = Examples.wrongTotal
    let text = Examples.text(name)
    let open: [String: Any] = [
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": ["textDocument": ["uri": Examples.uri(name), "languageId": "plaintext", "version": 1, "text": text]],
    ]
    server.send(String(decoding: try JSONSerialization.data(withJSONObject: open), as: UTF8.self))
    server.write(Array("Content-Type: application/json\r\nX-Garbage\r\n\r\n".utf8))
    server.write(Array("Content-Length: 7\r\n\r\n{\"id\":}".utf8))
    server.send(
      #"{"jsonrpc":"2.0","id":"s","method":"textDocument/documentSymbol","params":{"textDocument":{"uri":5}}}"#
    )
    server.send(
      #"{"jsonrpc":"2.0","id":2,"method":"textDocument/foldingRange","#
        + #""params":{"textDocument":{"uri":"\#(Examples.uri(name))"}}}"#
    )
    let folding = try #require(server.response(to: 2))
    #expect(folding["result"] is [Any])
    server.send(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#)
    let shutdown = try #require(server.response(to: 3))
    #expect(shutdown.keys.contains("result"))
    #expect(shutdown["result"] is NSNull)
    server.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
    #expect(server.exitStatus() == 0)
  }

  @Test func exitWithoutShutdownIsStatusOneAndEndOfInputEndsTheServer() throws {
    let first = try StdioServer(arguments: ["--stdio"])
    first.send(Self.initialize)
    _ = try #require(first.response(to: 1))
    first.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
    #expect(first.exitStatus() == 1)

    let second = try StdioServer(arguments: ["lsp", "--stdio"])
    second.send(Self.initialize)
    _ = try #require(second.response(to: 1))
    second.closeInput()
    #expect(second.exitStatus() == 1)
  }

  /// A client that writes a whole session at once and closes its end (a script, a fast pipe) still gets every
  /// answer: the end of input closes the connection only after the queued messages are answered.
  @Test func aSessionWrittenAtOnceIsAnsweredBeforeTheServerEnds() throws {
    for _ in 0..<5 {
      let server = try StdioServer()
      server.send(Self.initialize)
      server.send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
      server.send(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
      server.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
      server.closeInput()
      var answered: Set<Int> = []
      while let message = server.receive() {
        if let id = message["id"] as? Int, message["result"] != nil { answered.insert(id) }
      }
      #expect(answered == [1, 2])
      #expect(server.exitStatus() == 0)
    }
  }

  /// The diagnostics the server publishes for a file are the ones `gouji check --format json` prints for it
  /// (positions compared in UTF-32, the command line's characters, shifted to its 1-based lines and columns).
  @Test(arguments: Examples.names)
  func publishedDiagnosticsAreWhatCheckPrints(name: String) throws {
    let printed = try GoujiBinary.checkDiagnostics(Examples.path(name))

    let client = try TestClient()
    client.initialize(encodings: ["utf-32"])
    client.open(Examples.uri(name), text: Examples.text(name))
    let published = try #require(client.diagnostics(Examples.uri(name), version: 1))
    #expect(published.count == printed.count)
    for (diagnostic, line) in zip(published, printed) {
      let range = diagnostic["range"]!
      #expect(diagnostic["code"]?.stringValue == line["code"] as? String)
      #expect(diagnostic["message"]?.stringValue == line["message"] as? String)
      #expect(range["start"]?["line"]?.intValue.map { $0 + 1 } == line["line"] as? Int)
      #expect(range["start"]?["character"]?.intValue.map { $0 + 1 } == line["column"] as? Int)
      #expect(range["end"]?["line"]?.intValue.map { $0 + 1 } == line["endLine"] as? Int)
      #expect(range["end"]?["character"]?.intValue.map { $0 + 1 } == line["endColumn"] as? Int)
      #expect(diagnostic["relatedInformation"]?.arrayValue?.count ?? 0 == (line["related"] as? [Any])?.count)
    }
    #expect(client.shutDownAndExit() == 0)
  }
}
