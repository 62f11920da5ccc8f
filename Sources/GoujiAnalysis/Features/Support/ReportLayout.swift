import GoujiFormats
import GoujiSyntax
import GoujiText

/// A header label located in a table: a column header, a header over several columns (`申请人情况`, `行政诉讼`), table
/// 二's `信息内容`, or table 三's note.
struct LocatedHeader: Sendable, Hashable {
  var table: TableID
  /// Table 二's sub-table key.
  var subtable: String?
  /// The column's key, when the header names one value column.
  var columnKey: String?
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

/// What the features know of a report's tables beyond the reader's model: where the headers and group labels
/// are. Computed from the report; a pure value.
struct ReportLayout: Sendable {
  var headers: [LocatedHeader] = []
  var groups: [LocatedGroup] = []

  init(_ report: Report) {
    guard !report.isPre2019 else { return }
    let format = report.effectiveFormat
    if let table = report.table3, let section = report.section(3) {
      headers += Self.table3Headers(table, section: section, format: format, text: report.text)
      groups = Self.groups(table, section: section, format: format, text: report.text)
    }
    if let table = report.table4, let section = report.section(4) {
      headers += Self.table4Headers(table, section: section, format: format, text: report.text)
    }
    if let table = report.table2, let section = report.section(2) {
      headers += Self.table2Headers(table, section: section, text: report.text)
    }
  }

  /// Where table `id`'s header begins, when a header was found before its first row.
  func headerStart(_ id: TableID) -> Int? {
    headers.filter { $0.table == id }.map(\.range.start).min()
  }

  /// The first row of `table` in the text.
  static func firstRowStart(_ table: ReadTable) -> Int? {
    table.rows.filter { !$0.label.isEmpty }.map(\.labelRange.start).min()
  }

  // MARK: Table 三

  private static func table3Headers(
    _ table: ReadTable, section: Section, format: ReportFormat, text: SourceText
  )
    -> [LocatedHeader]
  {
    guard let end = firstRowStart(table), end > section.bodyRange.start else { return [] }
    let spec = format.table3
    let noteCore = String(spec.note.dropFirst().dropLast())
    var patterns = spec.columns.map {
      LabelPattern(id: ($0.key as String?, $0.label), spellings: [$0.label] + $0.aliases)
    }
    patterns.append(LabelPattern(id: (nil, spec.note), spellings: [spec.note, noteCore]))
    patterns += ["申请人情况", "法人或其他组织"].map { LabelPattern(id: (nil, $0), spellings: [$0]) }
    let region = TextRange(start: section.bodyRange.start, end: end)
    return LabelSearch.occurrences(of: patterns, in: region, text: text).map {
      LocatedHeader(table: .table3, columnKey: $0.id.0, label: $0.id.1, range: $0.range)
    }
  }

  private static func groups(
    _ table: ReadTable, section: Section, format: ReportFormat, text: SourceText
  )
    -> [LocatedGroup]
  {
    let rows = table.rows.filter { !$0.label.isEmpty }.sorted { $0.labelRange.start < $1.labelRange.start }
    return format.table3.groups.compactMap { group in
      let keys = Set(format.table3.rows.filter { isMember($0, of: group) }.map(\.key))
      let members = rows.filter { keys.contains($0.key) }
      guard let first = members.first else { return nil }
      let start =
        rows.filter { $0.labelRange.start < first.labelRange.start }.map(\.range.end).max()
        ?? section.bodyRange.start
      let pattern = LabelPattern(
        id: group.key, spellings: numberingVariants(group.numbering).map { $0 + group.core } + [group.core])
      let region = TextRange(start: min(start, first.labelRange.start), end: first.labelRange.start)
      guard let found = LabelSearch.occurrences(of: [pattern], in: region, text: text).last else { return nil }
      return LocatedGroup(spec: group, range: found.range, rows: members)
    }
  }

  /// Whether a row is under a group: directly, or (for a top-level group numbered `三、`) through a sub-group.
  private static func isMember(_ row: RowSpec, of group: GroupSpec) -> Bool {
    guard let rowGroup = row.group else { return false }
    return rowGroup == group.key || group.numbering.hasSuffix("、")
  }

  /// `（三）` → `（三）`, `(三)`, `三、`, `三.`; `三、` → `三、`, `（三）`.
  private static func numberingVariants(_ numbering: String) -> [String] {
    let core = numbering.filter { !"（）()、.．".contains($0) }
    guard !core.isEmpty else { return [] }
    return [numbering, "(\(core))", "（\(core)）", "\(core)、", "\(core)."]
  }

  // MARK: Table 四

  private static func table4Headers(
    _ table: ReadTable, section: Section, format: ReportFormat, text: SourceText
  )
    -> [LocatedHeader]
  {
    let cellStarts = table.rows.flatMap(\.cells).filter { $0.state != .missing }.map(\.range.start)
    guard let end = cellStarts.min(), end > section.bodyRange.start else { return [] }
    let spec = format.table4
    let patterns = spec.headers.map { header in
      LabelPattern(id: (spec.columns.first { $0.label == header }?.key, header), spellings: [header])
    }
    let region = TextRange(start: section.bodyRange.start, end: end)
    return LabelSearch.occurrences(of: patterns, in: region, text: text).map {
      LocatedHeader(table: .table4, columnKey: $0.id.0, label: $0.id.1, range: $0.range)
    }
  }

  // MARK: Table 二

  private static func table2Headers(_ table: ReadTable, section: Section, text: SourceText) -> [LocatedHeader] {
    var result: [LocatedHeader] = []
    for (key, clause) in table.clauseRanges {
      let rows = table.rows.filter { $0.subtable == key }.map(\.labelRange.start)
      guard let end = rows.min(), end > clause.end else { continue }
      let columns = ReportFormats.all.flatMap(\.table2).filter { $0.key == key }.flatMap(\.columns)
      var seen: Set<String> = []
      let unique = columns.filter { seen.insert($0.label).inserted }
      let patterns =
        [LabelPattern(id: (String?.none, "信息内容"), spellings: ["信息内容"])]
        + unique.map { LabelPattern(id: ($0.key as String?, $0.label), spellings: [$0.label] + $0.aliases) }
      let region = TextRange(start: clause.end, end: end)
      result += LabelSearch.occurrences(of: patterns, in: region, text: text).map {
        LocatedHeader(table: .table2, subtable: key, columnKey: $0.id.0, label: $0.id.1, range: $0.range)
      }
    }
    return result.sorted { $0.range < $1.range }
  }
}
