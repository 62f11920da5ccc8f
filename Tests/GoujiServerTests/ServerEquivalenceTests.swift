import Foundation
import GoujiAnalysis
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Through the real server over stdio, one process per position encoding: hostile `didChange` sequences
/// (``HostileEdits``, several changes per notification, positions past line ends, past the last line and inside
/// characters) leave the server with exactly the diagnostics of the client's copy analysed afresh; every 20th
/// sequence is also compared with `gouji check --format json` of the client's copy written to a file.
///
/// By default 12 sequences run; `GOUJI_PROPERTY_SEQUENCES=N` runs N (the documented long run,
/// Documentation/Fuzzing.md), printing a summary line; `GOUJI_PROPERTY_SEED=S` starts the random sequences from
/// another seed, so that a long run can be split into shards that run side by side and try different sequences.
@Suite struct ServerEquivalenceTests {
  static var sequenceCount: Int {
    ProcessInfo.processInfo.environment["GOUJI_PROPERTY_SEQUENCES"].flatMap(Int.init) ?? 12
  }

  /// The seed of the random sequences: 4_2026 unless `GOUJI_PROPERTY_SEED` names another.
  static var seed: UInt64 {
    ProcessInfo.processInfo.environment["GOUJI_PROPERTY_SEED"].flatMap(UInt64.init) ?? 4_2026
  }

  /// A server speaking one position encoding.
  final class Session {
    let server: StdioServer
    let unit: PositionUnit
    var nextID = 2

    init(unit: PositionUnit) throws {
      server = try StdioServer()
      self.unit = unit
      server.send(
        #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":"#
          + #"{"general":{"positionEncodings":["\#(unit.rawValue)"]}}}}"#)
      _ = server.response(to: 1)
      server.send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
    }

    func notify(_ method: String, _ params: Any) {
      let data = try! JSONSerialization.data(withJSONObject: ["jsonrpc": "2.0", "method": method, "params": params])
      server.send(String(decoding: data, as: UTF8.self))
    }

    /// The pulled diagnostics of `uri` as `code line:column-line:column` strings.
    func diagnostics(_ uri: String) -> [String]? {
      let id = nextID
      nextID += 1
      let params: [String: Any] = ["textDocument": ["uri": uri]]
      let data = try! JSONSerialization.data(
        withJSONObject: ["jsonrpc": "2.0", "id": id, "method": "textDocument/diagnostic", "params": params])
      server.send(String(decoding: data, as: UTF8.self))
      guard let result = server.response(to: id)?["result"] as? [String: Any],
        let items = result["items"] as? [[String: Any]]
      else { return nil }
      return items.map(ServerEquivalenceTests.summary)
    }
  }

  /// A diagnostic the server sent as `code line:column-line:column`.
  static func summary(_ item: [String: Any]) -> String {
    let range = item["range"] as? [String: [String: Int]] ?? [:]
    let start = range["start"] ?? [:]
    let end = range["end"] ?? [:]
    return "\(item["code"] ?? "") \(start["line"] ?? -1):\(start["character"] ?? -1)-"
      + "\(end["line"] ?? -1):\(end["character"] ?? -1)"
  }

  /// `analysis`'s diagnostics in the form ``Session/diagnostics(_:)`` gives them.
  static func expected(_ analysis: Analysis, unit: PositionUnit) -> [String] {
    analysis.diagnostics.map { diagnostic in
      let range = analysis.text.lineColumnRange(of: diagnostic.range, in: unit)
      return "\(diagnostic.code) \(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }
  }

  /// An edit's range as a careless client writes it: sometimes past the line's end, past the last line, or one unit
  /// into a character.
  static func position(_ offset: Int, in text: SourceText, unit: PositionUnit, using generator: inout SeededGenerator)
    -> LineColumn
  {
    var position = text.lineColumn(of: text.scalarBoundary(atOrBefore: offset), in: unit)
    switch Int.random(in: 0..<12, using: &generator) {
    case 0: position.column += 1
    case 1: position.column += 10_000
    case 2: position.line = text.lineCount + 2
    default: break
    }
    return position
  }

  @Test func hostileChangeSequencesThroughTheServerMatchAFreshAnalysis() throws {
    let sessions = try PositionUnit.allCases.map(Session.init)
    var generator = SeededGenerator(seed: Self.seed)
    let bases = Examples.names.map(Examples.text)
    var divergent = 0
    var changeCount = 0
    let started = ContinuousClock.now
    for sequence in 0..<Self.sequenceCount {
      let session = sessions[sequence % sessions.count]
      let uri = "file:///property/\(sequence).txt"
      let base = HostileEdits.lineEndVariant(bases[sequence % bases.count], using: &generator)
      var report = ReportReader.read(SourceText(base))
      session.notify(
        "textDocument/didOpen",
        ["textDocument": ["uri": uri, "languageId": "plaintext", "version": 1, "text": base]])
      for version in 2..<(2 + Int.random(in: 1...5, using: &generator)) {
        var changes: [[String: Any]] = []
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
          let edit = HostileEdits.edit(report, using: &generator)
          let text = report.text
          let start = Self.position(edit.range.start, in: text, unit: session.unit, using: &generator)
          let end = max(start, Self.position(edit.range.end, in: text, unit: session.unit, using: &generator))
          let range = text.textRange(of: LineColumnRange(start: start, end: end), in: session.unit)
          changes.append([
            "range": [
              "start": ["line": start.line, "character": start.column],
              "end": ["line": end.line, "character": end.column],
            ], "text": edit.newText,
          ])
          report = ReportReader.read(text.applyingSequentially([TextEdit(range: range, newText: edit.newText)]))
        }
        changeCount += changes.count
        session.notify(
          "textDocument/didChange", ["textDocument": ["uri": uri, "version": version], "contentChanges": changes])
      }
      let fresh = Analyzer.analyze(report.text)
      let published = try #require(session.diagnostics(uri), "the server stopped answering at sequence \(sequence)")
      if published != Self.expected(fresh, unit: session.unit) {
        divergent += 1
        Issue.record(
          "sequence \(sequence) (\(session.unit)): \(published) ≠ \(Self.expected(fresh, unit: session.unit))")
      }
      if sequence % 20 == 0 { try Self.compareWithCheck(report.text, analysis: fresh) }
      session.notify("textDocument/didClose", ["textDocument": ["uri": uri]])
      if sequence % 250 == 249 { print("ServerEquivalenceTests: \(sequence + 1) sequences, \(divergent) divergent") }
    }
    let elapsed = ContinuousClock.now - started
    print(
      "ServerEquivalenceTests: seed \(Self.seed), \(Self.sequenceCount) sequences, \(changeCount) changes, \(divergent) divergent, "
        + "\(elapsed), server alive: \(sessions.allSatisfy { $0.server.process.isRunning })")
    #expect(sessions.allSatisfy { $0.server.process.isRunning })
  }

  /// `gouji check --format json` of `text` prints the codes, messages and lines of `analysis`.
  static func compareWithCheck(_ text: SourceText, analysis: Analysis) throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-property-\(getpid()).txt")
    try Data(text.bytes).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let printed = try GoujiBinary.checkDiagnostics(file.path)
    let checked = printed.map { "\($0["code"] ?? "") \($0["line"] ?? 0)" }
    let analysed = analysis.diagnostics.map { "\($0.code) \(text.line(containing: $0.range.start) + 1)" }
    #expect(checked == analysed, "gouji check of the client's copy")
  }
}
