import GoujiFormats
import GoujiSyntax

/// What the cross-year rules (GJ402, GJ408, GJ409) need of last year's report of the same body: its year, where it
/// came from, the figures that carry into this year and a fingerprint of its prose. Never its text, so a batch can
/// keep one for every report it checks.
package struct PreviousYear: Sendable, Hashable {
  /// A cell of table 二: sub-table, row and column keys.
  package struct Table2Key: Sendable, Hashable {
    package var subtable: String
    package var row: String
    package var column: String
  }

  package var year: Int?
  /// The file (or document) it was read from, for messages; `nil` when not known.
  package var source: String?
  package var format: FormatID
  /// Table 三's 四、结转下年度继续办理 by column key: verified values only (``Cell/arithmeticValue``).
  package var carryOver: [String: Int]
  /// Table 二's verified values of written cells: a blank is not a figure the report states.
  package var table2: [Table2Key: Int]
  /// The hashes of the prose's sentences (``NarrativeSentences``).
  package var sentences: Set<UInt64>

  /// The summary of `report`, read from `source`, with the formats the report was read with in use.
  package init(_ report: Report, source: String? = nil) {
    self = report.withItsFormats { PreviousYear(reading: report, source: source) }
  }

  private init(reading report: Report, source: String?) {
    let context = RuleContext(report: report)
    year = report.reportYear
    self.source = source
    format = report.effectiveFormat.id
    carryOver = [:]
    table2 = [:]
    sentences = Set(context.narrativeSentences.map(\.hash))
    guard context.tablesApply else { return }
    if let balance = context.balance(.table3) {
      for column in context.format.table3.columns {
        carryOver[column.key] = balance.cell("carryOver", column.key)?.cell.arithmeticValue
      }
    }
    for row in report.table2?.rows ?? [] {
      guard let subtable = row.subtable, let spec = context.format.table2.first(where: { $0.key == subtable }) else {
        continue
      }
      for (column, cell) in zip(spec.columns, row.cells) where cell.state == .written {
        table2[Table2Key(subtable: subtable, row: row.key, column: column.key)] = cell.arithmeticValue
      }
    }
  }

  /// `2022年度报告（2022.txt）`, `上一年度报告`: how messages name the report.
  package var name: LocalizedText {
    let file = source.map { ("（\($0)）", " (\($0))") } ?? ("", "")
    guard let year else { return LocalizedText(zh: "上一年度报告" + file.0, en: "the previous report" + file.1) }
    return LocalizedText(zh: "\(year)年度报告" + file.0, en: "the \(year) report" + file.1)
  }
}
