import Foundation
import GoujiAnalysis
import GoujiJSON
import GoujiTestSupport
import GoujiText
import LanguageServerProtocol
import Testing

@testable import GoujiServer

/// Cancellation through the real server: the cancelled request is answered `RequestCancelled` (-32800) and its
/// analysis stops at its next check; a newer change stops the analysis of the older version (the request about it is
/// answered `ContentModified`, -32801); the request that follows is answered for the newest version, and its
/// diagnostics equal a fresh analysis.
///
/// The server's work waits at its first check of cancellation behind an ``AnalysisGate`` until the test has seen the
/// connection read what must arrive while that work runs, so no outcome depends on how long an analysis takes or on
/// how busy the machine is (the suite once counted no stopped analysis, the cancellation having come after the end).
@Suite(.serialized) struct CancellationTests {
  /// An example with about 200 KB of prose written before its section 六.
  static let report: String = {
    let text = Examples.text(Examples.wrongTotal)
    let heading = text.range(of: "\n六、")!.upperBound
    let start = text.index(heading, offsetBy: -2)
    let paragraph = "本机关持续推进政务公开标准化规范化建设，全年通过政府网站发布政策文件解读材料。\n"
    return text[..<start] + String(repeating: paragraph, count: 200_000 / paragraph.utf8.count) + text[start...]
  }()

  /// How long a response or an awaited state may take: on a loaded machine (2 cores, seven sessions building) far
  /// more than the client's 20 s between messages.
  static let timeout: Duration = .seconds(300)

  /// A client that pulls diagnostics, with the report open; the server's work waits at `gate` when one is given.
  static func session(uri: String, gate: AnalysisGate?) throws -> TestClient {
    var options = ServerOptions(diagnosticsDelay: .milliseconds(20))
    options.analysisGate = gate
    let client = try TestClient(options: options)
    var capabilities = TestClient.modernCapabilities.objectValue!
    capabilities["textDocument"] = ["diagnostic": ["dynamicRegistration": false]]
    client.initialize(capabilities: .object(capabilities))
    client.open(uri, text: report)
    return client
  }

  /// The edit the sessions make: a line inserted at the top, with an astral character and a CRLF.
  static let edit: JSONValue = [
    "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "𠀀附注\r\n",
  ]

  static func pull(_ client: TestClient, _ uri: String) -> RequestID {
    client.send(request: "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
  }

  /// Waits until the server's work waits at `gate`.
  static func waitUntilHeld(_ gate: AnalysisGate) throws {
    try #require(gate.waitUntilHeld(timeout: timeout), "the server began no analysis")
  }

  /// Whether `condition` came to hold (what was sent has been read by the connection's thread) before the timeout.
  static func eventually(_ condition: () -> Bool) -> Bool {
    let deadline = ContinuousClock.now + timeout
    while !condition() {
      guard ContinuousClock.now < deadline else { return false }
      Thread.sleep(forTimeInterval: 0.002)
    }
    return true
  }

  static func items(_ client: TestClient, answering id: RequestID) -> [JSONValue]? {
    client.waitForResponse(id, timeout: timeout)?["result"]?["items"]?.arrayValue?.map(ExpectedDiagnostics.withoutData)
  }

  static func errorCode(_ client: TestClient, answering id: RequestID) -> Int? {
    client.waitForResponse(id, timeout: timeout)?["error"]?["code"]?.intValue
  }

  static func stoppedAnalyses(_ client: TestClient) -> Int {
    client.server.queue.sync { client.server.documents.work.stopped }
  }

  @Test func aCancelledRequestStopsItsAnalysisAndTheNextIsAnsweredForTheNewestVersion() throws {
    let uri = "file:///large-cancelled.txt"
    let gate = AnalysisGate()
    let client = try Self.session(uri: uri, gate: gate)
    let cancelled = Self.pull(client, uri)
    try Self.waitUntilHeld(gate)
    client.notify("$/cancelRequest", ["id": cancelled.jsonValue])
    try #require(Self.eventually { client.server.requests.isCancelled(cancelled) }, "the cancellation was not read")
    gate.open()
    client.change(uri, version: 2, [Self.edit])
    let following = Self.pull(client, uri)
    #expect(Self.errorCode(client, answering: cancelled) == -32800)
    #expect(Self.items(client, answering: following) == ExpectedDiagnostics.of("𠀀附注\r\n" + Self.report, uri: uri))
    #expect(Self.stoppedAnalyses(client) == 1)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func aNewerChangeStopsTheAnalysisOfTheOlderVersion() throws {
    let uri = "file:///large-changed.txt"
    let gate = AnalysisGate()
    let client = try Self.session(uri: uri, gate: gate)
    let older = Self.pull(client, uri)
    try Self.waitUntilHeld(gate)
    client.change(uri, version: 2, [Self.edit])
    // Once the connection has read the change, the token of the document's work is cancelled.
    let changeRead = Self.eventually { client.server.queuedChanges.newerChange(of: uri).isCancelled }
    try #require(changeRead, "the change was not read")
    gate.open()
    let newer = Self.pull(client, uri)
    #expect(Self.errorCode(client, answering: older) == -32801)
    #expect(Self.items(client, answering: newer) == ExpectedDiagnostics.of("𠀀附注\r\n" + Self.report, uri: uri))
    #expect(Self.stoppedAnalyses(client) == 1)
    #expect(client.shutDownAndExit() == 0)
  }

  /// A `didChange` without content changes (Neovim 0.7 sends one after a request flushed the real change) changes
  /// nothing: the analysis under way goes on and the request is answered.
  @Test func aChangeWithoutContentChangesStopsNothing() throws {
    let uri = "file:///large-unchanged.txt"
    let gate = AnalysisGate()
    let client = try Self.session(uri: uri, gate: gate)
    let request = Self.pull(client, uri)
    try Self.waitUntilHeld(gate)
    client.change(uri, version: 1, [])
    // A request sent after the change: once the connection has read it, it has read the change.
    let after = Self.pull(client, uri)
    try #require(Self.eventually { client.server.requests.isAwaitingAnswer(after) }, "the change was not read")
    gate.open()
    let expected = ExpectedDiagnostics.of(Self.report, uri: uri)
    #expect(Self.items(client, answering: request) == expected)
    #expect(Self.items(client, answering: after) == expected)
    #expect(Self.stoppedAnalyses(client) == 0)
    #expect(client.shutDownAndExit() == 0)
  }

  /// A request cancelled while it waits in the queue is answered without being computed.
  @Test func aRequestCancelledBeforeItsTurnIsNotComputed() throws {
    let uri = "file:///large-queued.txt"
    let client = try Self.session(uri: uri, gate: nil)
    var cancelled: RequestID?
    client.server.withProcessingSuspended {
      let id = Self.pull(client, uri)
      cancelled = id
      client.notify("$/cancelRequest", ["id": id.jsonValue])
      #expect(Self.eventually { client.server.requests.isCancelled(id) }, "the cancellation was not read")
    }
    #expect(Self.errorCode(client, answering: try #require(cancelled)) == -32800)
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
    let document: [String: Any] = ["uri": uri, "languageId": "plaintext", "version": 1, "text": Self.report]
    let open: [String: Any] = [
      "jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": document],
    ]
    // The document, the request and its cancellation in one write: the connection reads the cancellation before
    // the server could have read the document and answered (the in-process tests above stop an analysis under way).
    server.write(
      [
        MalformedMessageTests.json(open), MalformedMessageTests.diagnosticRequest(10, uri: uri),
        #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":10}}"#,
      ].flatMap { LSPFraming.framed($0) }
    )
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
    let fresh = Analyzer.analyze(SourceText("𠀀附注\r\n" + Self.report))
    #expect(items.map(ServerEquivalenceTests.summary) == ServerEquivalenceTests.expected(fresh, unit: .utf32))
    server.send(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#)
    _ = try #require(server.response(to: 3))
    server.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
    #expect(server.exitStatus() == 0)
  }
}
