import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// After an edit the reader's line descriptions are the previous ones spliced around the edit
/// (``LineInfos/spliced(into:_:)``), and a re-read keeps them with its reading: they must equal the descriptions of
/// the edited text made afresh, whatever line ends the edit makes or breaks, chain after chain.
@Suite struct LineInfosSpliceTests {
  /// Line ends of every kind, CJK, an astral character, TABs and spaces (what a description counts).
  static let pool = ["\r", "\n", "\r\n", "一", "𠀀", "a", " ", "\t", "\t\t", "\u{3000}"]

  static func piece(_ generator: inout SeededGenerator, length: Int) -> String {
    (0..<length).map { _ in pool.randomElement(using: &generator)! }.joined()
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func splicedDescriptionsEqualFreshOnes(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    var text = SourceText(Self.piece(&generator, length: 120))
    var lines = text.lineInfos()
    for _ in 0..<500 {
      // Near the end half the time: edits at the text's end, and across its last line ends.
      let start =
        Bool.random(using: &generator)
        ? Int.random(in: max(0, text.count - 6)...text.count, using: &generator)
        : Int.random(in: 0...text.count, using: &generator)
      let range = TextRange(start: start, end: min(text.count, start + Int.random(in: 0...10, using: &generator)))
      let edited = text.replacing(range, with: Self.piece(&generator, length: Int.random(in: 0...4, using: &generator)))
      let spliced = lines.spliced(into: edited, text.lineSplice(replacing: range, in: edited))
      let fresh = edited.lineInfos()
      let equal = spliced == fresh
      #expect(equal, "\(range) of \(text.bytes) → \(edited.bytes)")
      guard equal else { return }
      #expect(spliced.count == edited.lineCount && spliced.map(\.range) == fresh.map(\.range))
      (text, lines) = (edited, spliced)
    }
  }

  /// A long section 一 written with `newline`, edited again and again (typing in its narrative, line ends typed and
  /// deleted, a table 三 cell changed), each reading made from the one before: each equals a fresh reading, whose
  /// line descriptions it holds.
  @Test(arguments: ["\n", "\r\n", "\r"])
  func rereadingChainsKeepTheLineDescriptionsOfAFreshReading(_ newline: String) throws {
    var generator = SeededGenerator(seed: UInt64(newline.utf8.count * 31))
    var report = ReportReader.read(SourceText(NarrativeRereadTests.grown(count: 12, newline: newline)))
    let inserts = ["的", "𠀀", newline, "\t", "一是", "[image: x]", "2021年"]
    var spliced = 0
    for step in 0..<40 {
      let edit = try Self.randomEdit(report, inserts: inserts, using: &generator)
      if ReportReader.rereadsOnlyOneSection(report, after: edit) { spliced += 1 }
      let reread = ReportReader.reread(report, after: edit)
      let fresh = ReportReader.read(reread.text)
      let keptLines = reread.lineInfos == reread.text.lineInfos()
      #expect(keptLines, "step \(step): \(edit.range) → «\(edit.newText)»")
      let equal = reread == fresh
      #expect(equal, "step \(step): \(IncrementalReadingTests.difference(reread, fresh))")
      guard equal else { return }
      report = reread
    }
    // Only a re-read of one section splices; a full read describes every line.
    #expect(spliced >= 30, "only \(spliced) of 40 edits were re-read in one section")
  }

  /// Typing or deleting in section 一's narrative, or a new value in a table 三 cell.
  private static func randomEdit(
    _ report: Report, inserts: [String], using generator: inout SeededGenerator
  ) throws -> TextEdit {
    let section = try #require(report.section(1))
    let body = section.bodyRange
    let at = report.text.scalarBoundary(atOrBefore: Int.random(in: body.start + 1..<body.end - 1, using: &generator))
    switch Int.random(in: 0..<3, using: &generator) {
    case 0:
      let cells = report.table3?.rows.flatMap(\.cells) ?? []
      let cell = try #require(cells.randomElement(using: &generator))
      return TextEdit(range: cell.range, newText: String(Int.random(in: 0...99, using: &generator)))
    case 1:
      let end = report.text.scalarBoundary(atOrBefore: min(body.end - 1, at + Int.random(in: 1...8, using: &generator)))
      return TextEdit(range: TextRange(start: at, end: max(at, end)), newText: "")
    default:
      return TextEdit(range: TextRange(emptyAt: at), newText: inserts.randomElement(using: &generator)!)
    }
  }
}
