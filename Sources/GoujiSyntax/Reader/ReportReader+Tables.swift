import GoujiFormats
import GoujiText

/// Reading the three tables, each in its section's region, with what every table reader shares.
extension ReportReader {
  /// What the table readers share for one reading: the text, its lines, the leftovers and page furniture to skip, and
  /// whether the text writes every cell as a paragraph of its own (Word's save-as-text, looked for in table 三's
  /// region so that re-reading one table costs its section).
  static func tableContext(_ report: Report, lines: LineInfos) -> TableContext {
    TableContext(
      text: report.text, lines: lines, excluded: ExcludedRanges(report.artifacts.map(\.range) + report.furniture),
      cellsAreParagraphs: CellExtractor.writesCellsAsParagraphs(
        report.text, lines: lines, in: region(for: .table3, in: report)
      )
    )
  }

  /// Reads table `id` in its region (``region(for:in:)``) into `report`, with its problems, format evidence, column
  /// headers and group labels.
  static func readTable(_ id: TableID, into report: inout Report, context: TableContext) {
    let region = region(for: id, in: report)
    guard WrappedNestedGrid.cutTable(in: report.text, region: region) == nil else { return }
    switch id {
    case .table2:
      let fallback = report.expectedFormat ?? ReportFormats.latest.id
      report.table2 = Table2Reader(context: context).read(region: region, fallbackFormat: fallback).map { result in
        var table = result.table
        table.problems = result.problems
        table.evidence = result.evidence
        table.headers = HeaderReader(context: context).table2Headers(table)
        return table
      }
    case .table3:
      let reader = Table3Reader(context: context)
      report.table3 = reader.read(region: region, expected: report.expectedFormat).map { result in
        var table = result.table
        table.problems = result.problems
        table.evidence = result.evidence
        table.headers = HeaderReader(context: context).table3Headers(table, from: region.start)
        table.groupLabels = HeaderReader(context: context).groupLabels(table, from: region.start)
        return table
      }
    case .table4:
      let (read, start) = readTable4(region: region, in: report, context: context)
      report.table4 = read.map { result in
        var table = result.table
        table.problems = result.problems
        table.headers = HeaderReader(context: context).table4Headers(table, from: start)
        return table
      }
    }
  }

  /// Table 四 read in its region, or, when its section's heading is missing and it is not found there, right after
  /// table 三 (``Table4Reader/readHeadingless(after:region:)``); with where its headers are looked for from.
  private static func readTable4(
    region: TextRange, in report: Report, context: TableContext
  ) -> (Table4Reader.Result?, start: Int) {
    let reader = Table4Reader(context: context)
    if let result = reader.read(region: region, inItsSection: report.section(4) != nil) {
      return (result, region.start)
    }
    guard report.section(4) == nil, let table3End = report.table3?.range.end else { return (nil, region.start) }
    return (reader.readHeadingless(after: table3End, region: region), table3End)
  }

  /// The grid around a nested table whose lines pandoc's grid cuts, in table `id`'s region, which leaves the table
  /// unread (``WrappedNestedGrid``).
  static func cutTable(of id: TableID, in report: Report) -> TextRange? {
    WrappedNestedGrid.cutTable(in: report.text, region: region(for: id, in: report))
  }

  /// Where a table is looked for: its section's body, or, when the section is missing, the text between the
  /// neighbouring sections that were found.
  fileprivate static func region(for table: TableID, in report: Report) -> TextRange {
    if let section = report.section(table.sectionNumber) { return section.bodyRange }
    let end = report.appendixStart ?? report.text.count
    let before = report.sections.filter { $0.number < table.sectionNumber }.map(\.bodyRange.start).max() ?? 0
    let after =
      report.sections.filter { $0.number > table.sectionNumber && $0.heading.range.start >= before }
      .map(\.heading.range.start).min() ?? end
    return TextRange(start: before, end: max(before, after))
  }
}
