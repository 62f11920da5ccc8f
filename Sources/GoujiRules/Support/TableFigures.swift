import GoujiFormats
import GoujiSyntax

/// One row's part of a figure the prose is compared with: the row's value in a column, and the cells it was read
/// from (the cell itself, or, for a blank 总计, the written parts it is the sum of).
struct FigureAddend: Sendable {
  var table: TableID
  var row: String
  var value: Int
  var cells: [CellRef]
  /// The 总计 was left blank and the value is the sum of its written parts.
  var fromParts: Bool
}

/// A figure of table 三 or 四 that a statement of the prose is compared with: the sum of some rows' values in one
/// column, with every addend.
struct TableFigure: Sendable {
  var addends: [FigureAddend]
  var value: Int { addends.reduce(0) { $0 + $1.value } }
}

extension RuleContext {
  /// The figure of `rows` in `column` of table 三 or 四, when every row has a verified value: a written or solved
  /// cell, or a blank 总计 whose parts (the applicant columns, or 结果维持…尚未审结) are verified with one written.
  /// A blank with nothing written around it is not a zero here: it gives no verdict.
  func figure(_ table: TableID, rows: [String], column: String = "total") -> TableFigure? {
    guard let evaluator = balance(table), !rows.isEmpty else { return nil }
    var addends: [FigureAddend] = []
    for row in rows {
      guard let addend = addend(table, row: row, column: column, evaluator: evaluator) else { return nil }
      addends.append(addend)
    }
    return TableFigure(addends: addends)
  }

  private func addend(_ table: TableID, row: String, column: String, evaluator: BalanceEvaluator) -> FigureAddend? {
    guard let ref = evaluator.cell(row, column) else { return nil }
    if ref.cell.state == .written, let value = ref.cell.arithmeticValue {
      return FigureAddend(table: table, row: row, value: value, cells: [ref], fromParts: false)
    }
    guard ref.cell.isEmpty, column == "total", let rule = format.rules(table).first(where: { $0.axis == .eachRow })
    else { return nil }
    let parts = rule.parts.compactMap { evaluator.cell(row, $0) }
    let values = parts.compactMap(\.cell.arithmeticValue)
    guard parts.count == rule.parts.count, values.count == parts.count,
      parts.contains(where: { $0.cell.state == .written })
    else { return nil }
    let written = parts.filter { $0.cell.state == .written && $0.cell.arithmeticValue != 0 }
    return FigureAddend(table: table, row: row, value: values.reduce(0, +), cells: written, fromParts: true)
  }

  /// `第一行`, `第（一）行`, `第（三）1行` (row one, row （一）, row （三）1 in English) for table 三;
  /// the row's label for table 四.
  func rowDesignation(_ table: TableID, _ key: String) -> LocalizedText {
    guard table == .table3, let row = format.table3.rows.first(where: { $0.key == key }) else {
      let name = rowName(table, key)
      return LocalizedText(zh: "“\(name)”", en: "“\(name)”")
    }
    let own = row.numbering.trimmingSuffix(["、", ".", "．"])
    let group = format.table3.groups.first { $0.key == row.group && $0.namesSubRows }?.numbering ?? ""
    return LocalizedText(zh: "第\(group)\(own)行", en: "row \(group)\(own)")
  }
}

extension ReportFormat {
  /// The balancing rules of table 三 or 四.
  func rules(_ table: TableID) -> [BalanceRule] { table == .table4 ? table4.rules : table3.rules }
}

extension String {
  /// The string without one of `suffixes` at its end.
  func trimmingSuffix(_ suffixes: [String]) -> String {
    guard let suffix = suffixes.first(where: { hasSuffix($0) }) else { return self }
    return String(dropLast(suffix.count))
  }
}
