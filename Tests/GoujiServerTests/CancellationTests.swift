import Foundation
import GoujiAnalysis
import GoujiText
import GoujiJSON
import LanguageServerProtocol
import Testing

@testable import GoujiServer

/// Cancellation through the real server on a large report (about 3 MB, seconds of analysis in a debug build): the
/// cancelled request is answered `RequestCancelled` (-32800) and its analysis stops at its next check; a newer
/// change stops the analysis of the older version (the request about it is answered `ContentModified`, -32801);
/// the request that follows is answered for the newest version, and its diagnostics equal a fresh analysis.
@Suite(.serialized) struct CancellationTests {
  /// An example with about 3 MB of prose written before its section 六.
  static let largeReport: String = {
    let text = Examples.text(Examples.wrongTotal)
    let heading = text.range(of: "\n六、")!.upperBound
    let start = text.index(heading, offsetBy: -2)
    let paragraph = "本机关持续推进政务公开标准化规范化建设，全年通过政府网站发布政策文件解读材料。\n"
    return text[..<start] + String(repeating: paragraph, count: 3_000_000 / paragraph.utf8.count) + text[start...]
  }()

  /// How long a response may take: each analysis of the large report in a debug build takes seconds, and on a loaded
  /// machine (2 cores, seven sessions building) more than the client's 20 s between messages, which made these tests
  /// fail with no response (`items` nil) though the server answered later.
  static let analysisTimeout: Duration = .seconds(300)

  /// A client that pulls diagnostics, with the large report open.
  static func session(uri: String) throws -> TestClient {
    let client = try TestClient()
    var capabilities = TestClient.modernCapabilities.objectValue!
    capabilities["textDocument"] = ["diagnostic": ["dynamicRegistration": false]]
    client.initialize(capabilities: .object(capabilities))
    client.open(uri, text: largeReport)
    return client
  }

  /// The edit the sessions make: a line inserted at the top, with an astral character and a CRLF.
  static let edit: JSONValue = [
    "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "𠀀附注\r\n",
  ]

  static func pull(_ client: TestClient, _ uri: String) -> RequestID {
    client.send(request: "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
  }

  /// Waits until the server has begun to answer request `id` (it then analyses the large report for seconds).
  static func waitUntilStarted(_ id: RequestID, in client: TestClient) throws {
    let deadline = ContinuousClock.now + analysisTimeout
    while !client.server.requests.isStarted(id) {
      try #require(ContinuousClock.now < deadline, "the server did not begin to answer \(id)")
      Thread.sleep(forTimeInterval: 0.005)
    }
  }

  static func stoppedAnalyses(_ client: TestClient) -> Int {
    client.server.queue.sync { client.server.documents.work.stopped }
  }

  @Test func aCancelledRequestStopsItsAnalysisAndTheNextIsAnsweredForTheNewestVersion() throws {
    let uri = "file:///large-cancelled.txt"
    let client = try Self.session(uri: uri)
    let cancelled = Self.pull(client, uri)
    try Self.waitUntilStarted(cancelled, in: client)
    client.notify("$/cancelRequest", ["id": cancelled.jsonValue])
    client.change(uri, version: 2, [Self.edit])
    let following = Self.pull(client, uri)
    #expect(client.waitForResponse(cancelled, timeout: Self.analysisTimeout)?["error"]?["code"] == -32800)
    let items = client.waitForResponse(following, timeout: Self.analysisTimeout)?["result"]?["items"]?.arrayValue
    let expected = ExpectedDiagnostics.of("𠀀附注\r\n" + Self.largeReport, uri: uri)
    #expect(items?.map(ExpectedDiagnostics.withoutData) == expected)
    #expect(Self.stoppedAnalyses(client) >= 1)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func aNewerChangeStopsTheAnalysisOfTheOlderVersion() throws {
    let uri = "file:///large-changed.txt"
    let client = try Self.session(uri: uri)
    let older = Self.pull(client, uri)
    try Self.waitUntilStarted(older, in: client)
    client.change(uri, version: 2, [Self.edit])
    let newer = Self.pull(client, uri)
    #expect(client.waitForResponse(older, timeout: Self.analysisTimeout)?["error"]?["code"] == -32801)
    let items = client.waitForResponse(newer, timeout: Self.analysisTimeout)?["result"]?["items"]?.arrayValue
    let expected = ExpectedDiagnostics.of("𠀀附注\r\n" + Self.largeReport, uri: uri)
    #expect(items?.map(ExpectedDiagnostics.withoutData) == expected)
    #expect(Self.stoppedAnalyses(client) >= 1)
    #expect(client.shutDownAndExit() == 0)
  }

  /// A `didChange` without content changes (Neovim 0.7 sends one after a request flushed the real change) changes
  /// nothing: the analysis under way goes on and the request is answered.
  @Test func aChangeWithoutContentChangesStopsNothing() throws {
    let uri = "file:///large-unchanged.txt"
    let client = try Self.session(uri: uri)
    let request = Self.pull(client, uri)
    try Self.waitUntilStarted(request, in: client)
    client.change(uri, version: 1, [])
    let items = client.waitForResponse(request, timeout: Self.analysisTimeout)?["result"]?["items"]?.arrayValue
    #expect(items?.map(ExpectedDiagnostics.withoutData) == ExpectedDiagnostics.of(Self.largeReport, uri: uri))
    #expect(Self.stoppedAnalyses(client) == 0)
    #expect(client.shutDownAndExit() == 0)
  }

  /// A request cancelled while it waits in the queue is answered without being computed.
  @Test func aRequestCancelledBeforeItsTurnIsNotComputed() throws {
    let uri = "file:///large-queued.txt"
    let client = try Self.session(uri: uri)
    var cancelled: RequestID?
    client.server.withProcessingSuspended {
      cancelled = Self.pull(client, uri)
      Thread.sleep(forTimeInterval: 0.1)  // The connection has read both messages.
      client.notify("$/cancelRequest", ["id": cancelled!.jsonValue])
      Thread.sleep(forTimeInterval: 0.1)
    }
    let answer = client.waitForResponse(try #require(cancelled), timeout: Self.analysisTimeout)
    #expect(answer?["error"]?["code"] == -32800)
    #expect(client.server.queue.sync { client.server.documents[uri]?.report == nil })
    #expect(client.shutDownAndExit() == 0)
  }

  /// The first sequence through the `gouji lsp` process, over its standard streams.
  @Test func throughTheStandardStreams() throws {
    let server = try StdioServer()
    server.send(
      #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":"#
        + #"{"general":{"positionEncodings":["utf-32"]},"textDocument":{"diagnostic":{}}}}}"#)
    _ = try #require(server.response(to: 1))
    server.send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
    let uri = "file:///large-stdio.txt"
    let document: [String: Any] = ["uri": uri, "languageId": "plaintext", "version": 1, "text": Self.largeReport]
    let open: [String: Any] = ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": document]]
    server.send(MalformedMessageTests.json(open))
    server.send(MalformedMessageTests.diagnosticRequest(10, uri: uri))
    Thread.sleep(forTimeInterval: 0.5)  // The analysis of version 1 is under way.
    server.send(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":10}}"#)
    let change: [String: Any] = [
      "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "𠀀附注\r\n",
    ]
    server.send(
      MalformedMessageTests.json([
        "jsonrpc": "2.0", "method": "textDocument/didChange",
        "params": ["textDocument": ["uri": uri, "version": 2], "contentChanges": [change]],
      ]))
    server.send(MalformedMessageTests.diagnosticRequest(11, uri: uri))
    let cancelled = try #require(server.response(to: 10))
    #expect((cancelled["error"] as? [String: Any])?["code"] as? Int == -32800)
    let answer = try #require(server.response(to: 11)?["result"] as? [String: Any])
    let items = answer["items"] as? [[String: Any]] ?? []
    let fresh = Analyzer.analyze(SourceText("𠀀附注\r\n" + Self.largeReport))
    #expect(items.map(ServerEquivalenceTests.summary) == ServerEquivalenceTests.expected(fresh, unit: .utf32))
    server.send(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#)
    _ = try #require(server.response(to: 3))
    server.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
    #expect(server.exitStatus() == 0)
  }
}
