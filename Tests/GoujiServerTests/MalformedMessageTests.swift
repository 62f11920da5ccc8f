import Foundation
import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

/// The real server over stdio, fed broken framing between good messages: every request is answered, the server
/// stays alive, and nothing after the garbage is lost (a `didChange` glued after garbage is applied: no desync).
@Suite struct MalformedMessageTests {
  /// A JSON-RPC message as text.
  static func json(_ object: [String: Any]) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
  }

  static func diagnosticRequest(_ id: Int, uri: String) -> String {
    json(["jsonrpc": "2.0", "id": id, "method": "textDocument/diagnostic", "params": ["textDocument": ["uri": uri]]])
  }

  @Test func everyRequestIsAnsweredAndNothingAfterGarbageIsLost() throws {
    let server = try StdioServer()
    server.send(StdioTests.initialize)
    _ = try #require(server.response(to: 1))
    server.send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
    let name = Examples.wrongTotal
    let uri = Examples.uri(name)
    var text = SourceText(Examples.text(name))
    server.send(
      Self.json([
        "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": ["textDocument": ["uri": uri, "languageId": "plaintext", "version": 1, "text": text.string]],
      ]))
    // Each broken prefix is followed by a didChange (inserting a leftover on line 1) and a request about it.
    let prefixes: [[UInt8]] = [
      Array("garbage".utf8),
      Array(#"{"stray":"print"}"#.utf8),
      LSPFraming.framed(#"{"jsonrpc":"2.0","id":900,"method":"shutdown"}"#, header: "Content-Length: 10"),
      LSPFraming.framed(#"{"jsonrpc":"2.0","method":"$/x"}"#, header: "Content-Length: 32\r\nContent-Length: 99"),
      LSPFraming.framed(#"{"jsonrpc":"2.0","method":"$/x"}"#, header: "Content-Length: 31\r\nContent-Length: 99"),
      LSPFraming.framed("{}", header: "Content-Length: nope"),
      Array("Content-Type: application/json\r\n\r\n".utf8),
      // A Content-Length larger than the body: the messages after it are read all the same.
      LSPFraming.framed(#"{"jsonrpc":"2.0","method":"$/y"}"#, header: "Content-Length: 5000"),
      LSPFraming.framed(#"{"jsonrpc":"2.0","id":901,"#, header: "Content-Length: 5000"),
    ]
    for (index, prefix) in prefixes.enumerated() {
      let version = index + 2
      let change: [String: Any] = [
        "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
        "text": "[image: \(index)]",
      ]
      text = text.applyingSequentially([TextEdit(range: TextRange(emptyAt: 0), newText: "[image: \(index)]")])
      let didChange = Self.json([
        "jsonrpc": "2.0", "method": "textDocument/didChange",
        "params": ["textDocument": ["uri": uri, "version": version], "contentChanges": [change]],
      ])
      let request = Self.diagnosticRequest(100 + index, uri: uri)
      server.write(prefix + LSPFraming.framed(didChange) + LSPFraming.framed(request))
      let response = try #require(server.response(to: 100 + index), "no answer after prefix \(index)")
      let items = (response["result"] as? [String: Any])?["items"] as? [[String: Any]] ?? []
      let expected = Analyzer.analyze(text).diagnostics
      #expect(items.map { $0["code"] as? String } == expected.map(\.code), "the change after prefix \(index) was lost")
    }
    server.send(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#)
    #expect(try #require(server.response(to: 3)).keys.contains("result"))
    server.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
    #expect(server.exitStatus() == 0)
  }
}
