import GoujiFormats
import GoujiRules
import GoujiSyntax

/// One balancing equation (R3-1, R3-2, R3-3, R4) as it applies to a cell: every cell on both sides and their sums.
struct CellEquation: Sendable {
  var rule: BalanceRule
  var totals: [CellRef]
  var parts: [CellRef]

  /// The sum of the total side; `nil` when a cell there holds no whole number.
  var totalValue: Int? { totals.arithmeticSum() }
  /// The sum of the parts; `nil` when a cell there holds no whole number.
  var partsValue: Int? { parts.arithmeticSum() }

  /// Whether the equation holds; `nil` when it cannot be evaluated.
  var holds: Bool? {
    guard let totalValue, let partsValue else { return nil }
    return totalValue == partsValue
  }

  /// The equation a balance finding reports, as its data carries it.
  init(_ data: BalanceData) {
    self.init(rule: data.rule, totals: data.totals, parts: data.parts)
  }

  init(rule: BalanceRule, totals: [CellRef], parts: [CellRef]) {
    self.rule = rule
    self.totals = totals
    self.parts = parts
  }

  /// The equations of the format's rules that the cell at `row`, `column` of table `id` takes part in, as the
  /// rules' evaluator finds their cells.
  static func equations(row: String, column: String, table id: TableID, context: RuleContext) -> [CellEquation] {
    guard let evaluator = context.balance(id) else { return [] }
    let rules = id == .table4 ? context.format.table4.rules : context.format.table3.rules
    return rules.compactMap { rule in
      let (line, crossing) = rule.axis == .eachRow ? (row, column) : (column, row)
      guard (rule.total + rule.parts).contains(crossing), let cells = evaluator.equation(rule, on: line) else {
        return nil
      }
      return CellEquation(rule: rule, totals: cells.totals, parts: cells.parts)
    }
  }
}

extension CellRef {
  /// The value as arithmetic sees it, as text: `12`, `0` for an empty cell, `?` for a cell that holds no number.
  var valueText: String { cell.arithmeticValue.map(String.init) ?? "?" }

  func isCell(_ key: CellKey) -> Bool { row == key.row && column == key.column }
}
