import GoujiFormats
import GoujiText

extension ReportReader {
  /// The one problem said when the text lost its section headings rather than the report its sections: most
  /// headings (``droppedHeadingsMinimum`` of six or more) are missing while at least two of the tables were read
  /// (trafilatura drops every `<h1>`/`<h2>` and keeps the tables). It stands on the text's first line. `nil` when
  /// the text does not have that shape: a report that lacks a section among headed ones gets
  /// ``ReadingProblem/Kind/sectionMissing(number:)`` for it.
  static func droppedHeadings(_ report: Report, missing: [Int]) -> ReadingProblem? {
    guard missing.count >= droppedHeadingsMinimum, report.readTables.count >= 2 else { return nil }
    return ReadingProblem(kind: .headingsUnread(missing: missing), range: firstLine(of: report.text))
  }

  /// How many of the six headings must be missing for the text, not the report, to have lost them: most of them.
  static let droppedHeadingsMinimum = 4

  /// The first line holding more than white space, trimmed; an empty range at the start of an empty text.
  private static func firstLine(of text: SourceText) -> TextRange {
    for line in 0..<text.lineCount {
      let trimmed = text.trimmingSpaces(text.lineContentRange(line))
      if !trimmed.isEmpty { return trimmed }
    }
    return TextRange(emptyAt: 0)
  }

  /// In a text without any section heading, the appendix found after the tables: the first `附件…`/`附表…` line
  /// (``isAppendixLine(_:_:)``) after the end of table 三 or 四, whichever ends later (a heading would have told it
  /// apart: ``appendixStart(_:lines:after:)``). `nil` when the text has headings, an appendix already, no table 三, or
  /// no such line.
  static func headinglessAppendix(_ report: Report) -> Int? {
    guard report.sections.isEmpty, report.appendixStart == nil, let lines = report.lineInfos,
      let table3 = report.table3
    else { return nil }
    let end = max(table3.range.end, report.table4?.range.end ?? 0)
    let next = report.text.line(containing: max(0, end - 1)) + 1
    guard next < lines.count else { return nil }
    return lines[next...].first { isAppendixLine(report.text, $0) }?.range.start
  }
}
