import GoujiFormats
import GoujiText

/// Reads the headers of a table that carry no numbers: the column headers above the first row (after table 二's
/// clause headers), and table 三's group labels among its rows. Each is looked for only where it can stand, between
/// the table's region start (or the clause header) and the first row, or between the row before a group's first
/// row and that row, so a header is read from the table's own region only.
struct HeaderReader {
  let text: SourceText
  /// Leftovers and furniture, which count as white space between cells.
  let excluded: ExcludedRanges

  init(context: TableContext) {
    text = context.text
    excluded = context.excluded
  }

  /// Table 二's `信息内容` and column headers of each sub-table, between its clause header and its first row.
  func table2Headers(_ table: ReadTable) -> [TableHeader] {
    table.clauseRanges.flatMap { key, clause -> [TableHeader] in
      guard let end = table.rows.filter({ $0.subtable == key }).map(\.labelRange.start).min(), end > clause.end
      else { return [] }
      let patterns = Self.table2Patterns.value[key] ?? HeaderPatterns([Self.content])
      return headers(patterns, in: TextRange(start: clause.end, end: end))
    }.sorted { $0.range < $1.range }
  }

  /// Table 三's column headers, the headers over them and its note, between `start` and the first row label.
  func table3Headers(_ table: ReadTable, from start: Int) -> [TableHeader] {
    guard let end = table.rows.filter({ !$0.label.isEmpty }).map(\.labelRange.start).min(), end > start
    else { return [] }
    return headers(Self.table3Patterns.value, in: TextRange(start: start, end: end))
  }

  /// Table 四's headers, between `start` and the first value, or the values that could not be read (a reading
  /// problem's range); the table's end when there is neither. With them, the second table's header of table 四
  /// published as two tables.
  func table4Headers(_ table: ReadTable, from start: Int) -> [TableHeader] {
    let cells = table.rows.flatMap(\.cells).filter { $0.state != .missing }
    let end = (cells.map(\.range.start) + table.problems.map(\.range.start)).min() ?? table.range.end
    guard end > start else { return [] }
    return headers(Self.table4Patterns.value, in: TextRange(start: start, end: end)) + lawsuitTableHeaders(table)
  }

  /// The header of the second table when table 四 is published as two (`Table4Reader+Split.swift`): between the last
  /// value of 行政复议 and the first of 行政诉讼, a header that names 行政诉讼 and not 行政复议; none otherwise (in one
  /// table only white space stands there).
  private func lawsuitTableHeaders(_ table: ReadTable) -> [TableHeader] {
    let group = Table4Reader.spec.columns.count
    guard let review = table.rows.first?.cells, review.count == group,
      let lawsuit = table.rows.dropFirst().first?.cells,
      let last = review.last, let first = lawsuit.first, last.state != .missing, first.state != .missing,
      last.range.end < first.range.start
    else { return [] }
    let found = headers(Self.table4Patterns.value, in: TextRange(start: last.range.end, end: first.range.start))
    let labels = Set(found.map(\.label))
    return labels.contains("行政诉讼") && !labels.contains("行政复议") ? found : []
  }

  /// Each sub-table's `信息内容` and column headers, by the sub-table's key, made once for the formats in use.
  private static let table2Patterns = DerivedFromFormats { () -> [String: HeaderPatterns<String>] in
    let subtables = ReportFormats.all.flatMap(\.table2)
    return Dictionary(
      uniqueKeysWithValues: Set(subtables.map(\.key)).map { key in
        (key, HeaderPatterns([content] + patterns(subtables.filter { $0.key == key }.flatMap(\.columns))))
      })
  }

  /// Table 二's `信息内容` alone: the headers of a sub-table that no format knows.
  private static let content = HeaderPattern(id: "信息内容", spellings: ["信息内容"])

  /// Table 三's column headers, its note and the headers over the columns, made once for the formats in use.
  private static let table3Patterns = DerivedFromFormats { () -> HeaderPatterns<String> in
    let spec = ReportFormats.latest.table3
    let note = HeaderPattern(id: spec.note, spellings: [spec.note, String(spec.note.dropFirst().dropLast())])
    let groups = ["申请人情况", "法人或其他组织"].map { HeaderPattern(id: $0, spellings: [$0]) }
    return HeaderPatterns(patterns(spec.columns) + [note] + groups)
  }

  /// Table 四's headers, made once for the formats in use.
  private static let table4Patterns = DerivedFromFormats {
    HeaderPatterns(ReportFormats.latest.table4.headers.map { HeaderPattern(id: $0, spellings: [$0]) })
  }

  /// One pattern per distinct column label, with the column's other spellings.
  private static func patterns(_ columns: [ColumnSpec]) -> [HeaderPattern<String>] {
    var seen: Set<String> = []
    return columns.filter { seen.insert($0.label).inserted }.map {
      HeaderPattern(id: $0.label, spellings: [$0.label] + $0.aliases)
    }
  }

  private func headers(_ patterns: HeaderPatterns<String>, in region: TextRange) -> [TableHeader] {
    HeaderSearch.occurrences(of: patterns, in: region, text: text, excluded: excluded).map {
      TableHeader(label: $0.id, range: $0.range)
    }
  }
}
