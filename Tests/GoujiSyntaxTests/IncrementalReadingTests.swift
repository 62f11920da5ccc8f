import Foundation
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Re-reading after an edit gives exactly what reading the new text from scratch gives, whether only the edited
/// section was read again or the whole text.
@Suite struct IncrementalReadingTests {
  static let sources: [String] = Fixtures.exampleNames + ["forms/000_212ac920282683c5.pdf.txt", "forms/001_787e7c90b6bc98b9.flattened.txt", "forms/004_b1d7aab7bdee8be9.tab-separated.txt"]

  private static func text(_ name: String) -> String {
    if name.hasPrefix("forms/") {
      let url = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent(name)
      return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
    return Fixtures.example(name)
  }

  /// A random edit: a new value in a table cell, typing into a section, deleting a few characters, pasting a line.
  private static func randomEdit(_ report: Report, using generator: inout SeededGenerator) -> TextEdit {
    let text = report.text
    let cells = [report.table2, report.table3, report.table4].compactMap { $0 }.flatMap { $0.rows.flatMap(\.cells) }
    let position = text.scalarBoundary(atOrBefore: Int.random(in: 0...max(0, text.count), using: &generator))
    let pool = ["0", "7", "12", "一", "、", "。", "\t", "\n", "（一）", "一是", "未收到政府信息公开申请", "𠀀", "\r\n", "三、下步打算\n", "附件2\n", "[image: x]", "**"]
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
      return TextEdit(range: TextRange(start: position, end: max(position, end)), newText: pool.randomElement(using: &generator)!)
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
    // In flattened text the headings share lines with the text around them, so every edit is read in full.
    let headingsOnOwnLines = Set(report.sections.map(\.heading.line)).count == report.sections.count
    var incremental = 0
    for step in 0..<60 {
      let edit = Self.randomEdit(report, using: &generator)
      if ReportReader.rereadsOnlyOneSection(report, after: edit) { incremental += 1 }
      let reread = ReportReader.reread(report, after: edit)
      let fresh = ReportReader.read(reread.text)
      #expect(reread == fresh, "\(name), edit \(step): \(edit.range) → «\(edit.newText)»: \(Self.difference(reread, fresh))")
      guard reread == fresh else { return }
      report = fresh
    }
    // Most random edits fall inside one section; the test must exercise the incremental path.
    if headingsOnOwnLines {
      #expect(incremental >= 15, "\(name): only \(incremental) of 60 edits were re-read incrementally")
    } else {
      #expect(incremental == 0, "\(name): flattened text must be re-read in full")
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
