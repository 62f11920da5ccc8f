import GoujiFormats
import GoujiSyntax
import GoujiText

/// The column headers of the three tables, looked for between the section's start (or table 二's clause header)
/// and the first row.
extension ReportLayout {
  static func table2Headers(_ table: ReadTable, in report: Report) -> [LocatedHeader] {
    table.clauseRanges.flatMap { key, clause -> [LocatedHeader] in
      guard let end = table.rows.filter({ $0.subtable == key }).map(\.labelRange.start).min(), end > clause.end
      else { return [] }
      let columns = ReportFormats.all.flatMap(\.table2).filter { $0.key == key }.flatMap(\.columns)
      let patterns = [LabelPattern(id: "信息内容", spellings: ["信息内容"])] + patterns(columns)
      return headers(.table2, patterns, in: TextRange(start: clause.end, end: end), report: report)
    }.sorted { $0.range < $1.range }
  }

  static func table3Headers(_ table: ReadTable, after start: Int, in report: Report) -> [LocatedHeader] {
    guard let end = table.rows.filter({ !$0.label.isEmpty }).map(\.labelRange.start).min(), end > start
    else { return [] }
    let spec = report.effectiveFormat.table3
    let note = LabelPattern(id: spec.note, spellings: [spec.note, String(spec.note.dropFirst().dropLast())])
    let groups = ["申请人情况", "法人或其他组织"].map { LabelPattern(id: $0, spellings: [$0]) }
    return headers(
      .table3, patterns(spec.columns) + [note] + groups, in: TextRange(start: start, end: end), report: report)
  }

  static func table4Headers(_ table: ReadTable, after start: Int, in report: Report) -> [LocatedHeader] {
    let cells = table.rows.flatMap(\.cells).filter { $0.state != .missing }
    guard let end = cells.map(\.range.start).min(), end > start else { return [] }
    let patterns = report.effectiveFormat.table4.headers.map { LabelPattern(id: $0, spellings: [$0]) }
    return headers(.table4, patterns, in: TextRange(start: start, end: end), report: report)
  }

  /// One pattern per distinct column label, with the column's other spellings.
  private static func patterns(_ columns: [ColumnSpec]) -> [LabelPattern<String>] {
    var seen: Set<String> = []
    return columns.filter { seen.insert($0.label).inserted }.map {
      LabelPattern(id: $0.label, spellings: [$0.label] + $0.aliases)
    }
  }

  private static func headers(
    _ table: TableID, _ patterns: [LabelPattern<String>], in region: TextRange, report: Report
  ) -> [LocatedHeader] {
    LabelSearch.occurrences(of: patterns, in: region, text: report.text).map {
      LocatedHeader(table: table, label: $0.id, range: $0.range)
    }
  }
}
