import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

/// Random edits inside section 一's body, each re-analysed from the analysis before it and compared with a fresh
/// analysis of the same text: the walk shared by the block-rule suites (`NarrativeRulesTests`,
/// `ProseBlockRulesTests`).
enum SectionEditWalk {
  /// Makes 15 edits (or fewer, when section 一 is lost) from `start`: each replaces up to `maximumLength` bytes at a
  /// random place in the body with nothing or with a string from `pool`, and stops at the first divergence.
  static func run(from start: Analysis, pool: [String], maximumLength: Int, seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    var analysis = start
    for _ in 0..<15 {
      guard let body = analysis.report.section(1)?.bodyRange else { break }
      let start = analysis.text.scalarBoundary(atOrBefore: Int.random(in: body.start + 1..<body.end, using: &generator))
      let end = analysis.text.scalarBoundary(
        atOrBefore: min(body.end - 1, start + Int.random(in: 0...maximumLength, using: &generator)))
      let newText = Bool.random(using: &generator) ? pool.randomElement(using: &generator)! : ""
      let edit = TextEdit(range: TextRange(start: start, end: max(start, end)), newText: newText)
      let after = Analyzer.reanalyze(analysis, applying: [edit])
      let fresh = Analyzer.analyze(after.text)
      #expect(after.diagnostics == fresh.diagnostics, "seed \(seed): \(edit.range) → «\(newText)»")
      guard after.diagnostics == fresh.diagnostics else { return }
      analysis = after
    }
  }
}
