import GoujiFormats
import GoujiSyntax
import GoujiText

/// A header located in a table: a column header, a header over several columns (`申请人情况`, `行政诉讼`), table 二's
/// `信息内容`, or table 三's note.
struct LocatedHeader: Sendable, Hashable {
  var table: TableID
  /// The canonical label (for explanations).
  var label: String
  var range: TextRange
}

/// One of table 三's group labels (`三、本年度办理结果`, `（三）不予公开`), which carry no numbers.
struct LocatedGroup: Sendable, Hashable {
  var spec: GroupSpec
  var range: TextRange
  /// The data rows under the label, in text order.
  var rows: [TableRow]

  /// From the label to the end of its last row.
  var extent: TextRange { rows.reduce(range) { $0.union($1.range) } }
}

/// What the features know of a report's tables beyond the reader's model: where the headers and group labels are.
/// Computed from the report; a pure value.
struct ReportLayout: Sendable {
  var headers: [LocatedHeader] = []
  var groups: [LocatedGroup] = []

  init(_ report: Report) {
    guard !report.isPre2019 else { return }
    if let table = report.table2, report.section(2) != nil { headers += Self.table2Headers(table, in: report) }
    if let table = report.table3, let section = report.section(3) {
      headers += Self.table3Headers(table, after: section.bodyRange.start, in: report)
      groups = Self.groups(table, after: section.bodyRange.start, in: report)
    }
    if let table = report.table4, let section = report.section(4) {
      headers += Self.table4Headers(table, after: section.bodyRange.start, in: report)
    }
  }

  /// Where table `id`'s header begins, when a header was found before its first row.
  private func headerStart(_ id: TableID) -> Int? {
    headers.filter { $0.table == id }.map(\.range.start).min()
  }

  /// The table from its header (when found) to its last cell.
  func extent(of table: ReadTable) -> TextRange {
    TextRange(start: min(headerStart(table.id) ?? table.range.start, table.range.start), end: table.range.end)
  }

  // MARK: Table 三's groups

  /// Each group label, found between the row before the group's first row and that row.
  private static func groups(_ table: ReadTable, after start: Int, in report: Report) -> [LocatedGroup] {
    let spec = report.effectiveFormat.table3
    let rows = table.rows.filter { !$0.label.isEmpty }.sorted { $0.labelRange.start < $1.labelRange.start }
    return spec.groups.compactMap { group in
      let keys = Set(spec.rows.filter { isMember($0, of: group) }.map(\.key))
      let members = rows.filter { keys.contains($0.key) }
      guard let first = members.first?.labelRange.start else { return nil }
      let previousEnd = rows.filter { $0.labelRange.start < first }.map(\.range.end).max() ?? start
      let spellings = numberingVariants(group.numbering).map { $0 + group.core } + [group.core]
      let region = TextRange(start: min(previousEnd, first), end: first)
      let found = LabelSearch.occurrences(
        of: [LabelPattern(id: group.key, spellings: spellings)], in: region, text: report.text)
      return found.last.map { LocatedGroup(spec: group, range: $0.range, rows: members) }
    }
  }

  /// Whether a row is under a group: directly, or (for the top-level group numbered `三、`) through a sub-group.
  private static func isMember(_ row: RowSpec, of group: GroupSpec) -> Bool {
    guard let rowGroup = row.group else { return false }
    return rowGroup == group.key || group.numbering.hasSuffix("、")
  }

  /// The ways a group's numbering is written: `（三）`, `(三)`, `三、`, `三.`.
  private static func numberingVariants(_ numbering: String) -> [String] {
    let core = numbering.filter { !"（）()、.．".contains($0) }
    guard !core.isEmpty else { return [] }
    return [numbering, "(\(core))", "（\(core)）", "\(core)、", "\(core)."]
  }
}
