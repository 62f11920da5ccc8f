import Foundation
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Re-reading after an edit gives exactly what reading the new text from scratch gives, whether only the edited
/// section was read again or the whole text.
@Suite struct IncrementalReadingTests {
  static let sources: [String] =
    Fixtures.exampleNames + [
      "forms/000_212ac920282683c5.pdf.txt", "forms/001_787e7c90b6bc98b9.flattened.txt",
      "forms/004_b1d7aab7bdee8be9.tab-separated.txt",
    ]

  private static func text(_ name: String) -> String {
    Fixtures.exampleOrFixture("GoujiSyntaxTests", name)
  }

  /// A random edit: a new value in a table cell, typing into a section, deleting a few characters, pasting a line.
  private static func randomEdit(_ report: Report, using generator: inout SeededGenerator) -> TextEdit {
    let text = report.text
    let cells = [report.table2, report.table3, report.table4].compactMap { $0 }.flatMap { $0.rows.flatMap(\.cells) }
    let position = text.scalarBoundary(atOrBefore: Int.random(in: 0...max(0, text.count), using: &generator))
    let pool = [
      "0", "7", "12", "一", "、", "。", "\t", "\n", "（一）", "一是", "未收到政府信息公开申请", "𠀀", "\r\n", "三、下步打算\n", "附件2\n",
      "[image: x]", "**",
    ]
    switch Int.random(in: 0..<4, using: &generator) {
    case 0 where !cells.isEmpty:
      let cell = cells.randomElement(using: &generator)!
      return TextEdit(range: cell.range, newText: String(Int.random(in: 0...120, using: &generator)))
    case 1:
      return TextEdit(range: TextRange(emptyAt: position), newText: pool.randomElement(using: &generator)!)
    case 2:
      let end = text.scalarBoundary(atOrBefore: min(text.count, position + Int.random(in: 1...24, using: &generator)))
      return TextEdit(range: TextRange(start: position, end: max(position, end)), newText: "")
    default:
      let end = text.scalarBoundary(atOrBefore: min(text.count, position + Int.random(in: 0...6, using: &generator)))
      return TextEdit(
        range: TextRange(start: position, end: max(position, end)), newText: pool.randomElement(using: &generator)!)
    }
  }

  /// Which parts of two readings differ (the first difference of each).
  static func difference(_ a: Report, _ b: Report) -> String {
    var parts: [String] = []
    func compare<T: Equatable>(_ name: String, _ x: T, _ y: T) { if x != y { parts.append("\(name): \(x) ≠ \(y)") } }
    compare("title", a.title, b.title)
    compare("year", a.reportYear, b.reportYear)
    compare("yearMentions", a.yearMentions, b.yearMentions)
    compare("notices", a.notices, b.notices)
    compare("signature", a.signatureDate, b.signatureDate)
    compare("sections", a.sections, b.sections)
    compare("stray", a.strayHeadings, b.strayHeadings)
    compare("appendix", a.appendixStart, b.appendixStart)
    compare("table2", a.table2, b.table2)
    compare("table3", a.table3, b.table3)
    compare("table4", a.table4, b.table4)
    compare("format", a.tableFormat, b.tableFormat)
    compare("evidence", a.formatEvidence, b.formatEvidence)
    compare("artifacts", a.artifacts, b.artifacts)
    compare("furniture", a.furniture, b.furniture)
    compare("problems", a.problems, b.problems)
    return parts.map { String($0.prefix(600)) }.joined(separator: "\n")
  }

  @Test(arguments: sources)
  func rereadingAfterRandomEditsEqualsReadingAfresh(_ name: String) {
    var generator = SeededGenerator(seed: UInt64(name.utf8.count * 7919))
    var report = ReportReader.read(SourceText(Self.text(name)))
    // In flattened text the headings share lines with the text around them: an edit is read in part only away
    // from them (and from the table labels that look like headings), fewer of the random ones.
    let headingsOnOwnLines = Set(report.sections.map(\.heading.line)).count == report.sections.count
    var incremental = 0
    for step in 0..<60 {
      let edit = Self.randomEdit(report, using: &generator)
      if ReportReader.rereadsOnlyOneSection(report, after: edit) { incremental += 1 }
      let reread = ReportReader.reread(report, after: edit)
      let fresh = ReportReader.read(reread.text)
      #expect(
        reread == fresh, "\(name), edit \(step): \(edit.range) → «\(edit.newText)»: \(Self.difference(reread, fresh))")
      guard reread == fresh else { return }
      report = fresh
    }
    // Most random edits fall inside one section; the test must exercise the incremental path.
    if headingsOnOwnLines {
      #expect(incremental >= 15, "\(name): only \(incremental) of 60 edits were re-read incrementally")
    } else {
      #expect(incremental >= 5, "\(name): only \(incremental) of 60 edits were re-read incrementally")
    }
  }

  /// The TAB-separated copy of example 000 (72 lines) with a line of prose before table 四.
  private static var tabSeparatedWithProse: String {
    Self.text("forms/000_212ac920282683c5.tab-separated.txt").replacingOccurrences(
      of: "四、政府信息公开行政复议、行政诉讼情况\n",
      with: "四、政府信息公开行政复议、行政诉讼情况\n" + String(repeating: "本机关本年度没有发生此类案件，特此说明。", count: 20) + "\n"
    )
  }

  /// Re-reads `text` after `edit` (found by `locate` in it) and expects exactly a fresh reading.
  private func expectRereadEqualsRead(_ text: String, _ edit: (SourceText) -> TextEdit) {
    let report = ReportReader.read(SourceText(text))
    let change = edit(report.text)
    let reread = ReportReader.reread(report, after: change)
    let fresh = ReportReader.read(report.text.applyingSequentially([change]))
    let equal = reread == fresh
    #expect(equal, "\(Self.difference(reread, fresh))")
  }

  /// The lines `first..<first + count` of `text`, line ends included.
  private static func lines(_ text: SourceText, _ first: Int, count: Int) -> TextRange {
    TextRange(start: text.lineRange(first).start, end: text.lineRange(first + count - 1).end)
  }

  /// The first line of `text` holding `needle`.
  private static func line(of needle: String, in text: SourceText) -> Int {
    (0..<text.lineCount).first { text.lineText($0).contains(needle) } ?? 0
  }

  /// A deletion of a prose line and the first line of a table after it: the table began inside the deleted text
  /// and its shifted range ended before it began (a crash in `ReadTable.shifted`).
  @Test func deletingTheLinesWhereATableBeginsRereadsIt() {
    let text = Self.tabSeparatedWithProse
    expectRereadEqualsRead(text) { source in
      let prose = Self.line(of: "本机关本年度没有发生", in: source)
      return TextEdit(range: Self.lines(source, prose, count: 2), newText: "")
    }
  }

  /// A CR-only document in which a block from the prose before table 四 to the middle of its last row is replaced.
  @Test func replacingATableBlockInACarriageReturnOnlyDocument() {
    let text = Self.tabSeparatedWithProse.replacingOccurrences(of: "\n", with: "\r")
    expectRereadEqualsRead(text) { source in
      let prose = Self.line(of: "本机关本年度没有发生", in: source)
      let last = Self.line(of: "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", in: source)
      let end = source.lineRange(last).start + 6
      return TextEdit(range: TextRange(start: source.lineRange(prose).start + 3, end: end), newText: "行政复议\r0")
    }
  }

  /// Deleted leftovers at the end of a section are gone after the re-read (they kept their old ranges, with the
  /// text that now stands there, when they started after the shifted end of the section).
  @Test func leftoversDeletedAtTheEndOfASectionAreGone() {
    let text = Self.text("forms/000_212ac920282683c5.tab-separated.txt")
    expectRereadEqualsRead(text) { source in
      let image = Self.line(of: "[image:", in: source)
      return TextEdit(range: Self.lines(source, image, count: 5), newText: "")
    }
  }

  /// The text the server-level property test had reached at sequence 511 (example 001 after hostile edits, a
  /// flattened paste among them) and its last edit: a heading inserted inside a line.
  @Test func serverPropertySequence511() {
    let text = Self.text("reproducers/server-sequence-511.txt")
    #expect(!text.isEmpty)
    expectRereadEqualsRead(text) { _ in
      TextEdit(range: TextRange(emptyAt: 2030), newText: "四、政府信息公开行政复议、行政诉讼情况")
    }
  }

  @Test func anEditInATableCellRereadsOnlyThatSection() throws {
    let report = ReportReader.read(SourceText(Fixtures.example("000_212ac920282683c5.txt")))
    let cell = try #require(report.table3?.row("new")?.cells.last)
    let edit = TextEdit(range: cell.range, newText: "13")
    #expect(ReportReader.rereadsOnlyOneSection(report, after: edit))
    #expect(ReportReader.reread(report, after: edit).table3?.row("new")?.cells.last?.text == "13")
  }

  @Test func anEditThatChangesAHeadingReadsEverything() throws {
    let report = ReportReader.read(SourceText(Fixtures.example("000_212ac920282683c5.txt")))
    let heading = try #require(report.section(5)?.heading)
    let edit = TextEdit(range: heading.titleRange, newText: "存在问题")
    #expect(!ReportReader.rereadsOnlyOneSection(report, after: edit))
    let pasted = TextEdit(range: TextRange(emptyAt: report.section(5)!.bodyRange.start + 1), newText: "\n三、下步打算\n")
    #expect(!ReportReader.rereadsOnlyOneSection(report, after: pasted))
  }
}
