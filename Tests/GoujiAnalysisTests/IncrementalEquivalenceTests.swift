import Foundation
import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Incremental re-analysis after hostile edits (``HostileEdits``) gives exactly the analysis of the final text read
/// afresh: the same report and the same diagnostics. By default as many sequences run as fit in a few seconds (at
/// least 10, at most 5,000); `GOUJI_PROPERTY_SEQUENCES=N` runs exactly N, however long it takes. The long run through the real
/// server is `ServerEquivalenceTests` (Documentation/Fuzzing.md).
@Suite struct IncrementalEquivalenceTests {
  /// The texts the sequences start from: every form of every example (cell per line, TAB-separated, PDF text,
  /// flattened), and each flattened one on a single line (the title, headings and tables inside it), each also with
  /// CR-only and mixed line ends.
  static let bases: [String] = {
    let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("forms")
    let forms = Fixtures.files(in: folder).filter { $0.hasSuffix(".txt") }
    let oneLine = forms.filter { $0.hasSuffix(".flattened.txt") }.map { name in
      Fixtures.text(folder.appendingPathComponent(name)).split(separator: "\n").joined() + "\n"
    }
    return forms.map { Fixtures.text(folder.appendingPathComponent($0)) } + oneLine
  }()

  /// How many sequences to run, and for how long at most.
  static var budget: (sequences: Int, time: Duration) {
    if let count = ProcessInfo.processInfo.environment["GOUJI_PROPERTY_SEQUENCES"].flatMap(Int.init) {
      return (count, .seconds(1 << 40))
    }
    return (5_000, .seconds(4))
  }

  /// One sequence: 1 to 4 changes of 1 to 3 edits each, each change re-analysed incrementally
  /// (`Analyzer.reanalyze`: the reader re-reads the edited section, the rules re-run where their input changed and
  /// move their other findings); the difference from a fresh analysis of the final text, or `nil`.
  static func divergence(
    _ start: Analysis, using generator: inout SeededGenerator
  ) -> (edits: [TextEdit], difference: String)? {
    var analysis = start
    var edits: [TextEdit] = []
    for _ in 0..<Int.random(in: 1...4, using: &generator) {
      var report = analysis.report
      var change: [TextEdit] = []
      for _ in 0..<Int.random(in: 1...3, using: &generator) {
        let edit = HostileEdits.edit(report, using: &generator)
        change.append(edit)
        report = ReportReader.reread(report, after: edit)
      }
      edits += change
      analysis = Analyzer.reanalyze(analysis, applying: change)
    }
    let fresh = Analyzer.analyze(analysis.text)
    guard analysis.report != fresh.report || analysis.diagnostics != fresh.diagnostics else { return nil }
    let codes = { (analysis: Analysis) in analysis.diagnostics.map { "\($0.code)@\($0.range)" }.joined(separator: " ") }
    return (edits, "incremental: \(codes(analysis))\nfresh:       \(codes(fresh))")
  }

  @Test func hostileEditSequencesReanalyseToAFreshAnalysis() {
    var generator = SeededGenerator(seed: 20_261_204)
    var starts: [Int: Analysis] = [:]
    var failures = 0
    let (count, time) = Self.budget
    let deadline = ContinuousClock.now + time
    var sequence = 0
    // However slow the machine, at least 10 sequences run (or all of a smaller count): the budget only bounds how
    // many more fit.
    let floor = min(count, 10)
    while sequence < count, sequence < floor || ContinuousClock.now < deadline {
      defer { sequence += 1 }
      // Every base in three line-end variants, read when first needed.
      let key = sequence % (Self.bases.count * 3)
      let start =
        starts[key]
        ?? Analyzer.analyze(SourceText(HostileEdits.lineEndVariant(Self.bases[key / 3], using: &generator)))
      starts[key] = start
      guard let found = Self.divergence(start, using: &generator) else { continue }
      failures += 1
      Issue.record("sequence \(sequence): \(found.edits)\n\(found.difference)")
      if failures >= 3 { return }
    }
    print("IncrementalEquivalenceTests: \(sequence) sequences, \(failures) divergent")
  }
}
