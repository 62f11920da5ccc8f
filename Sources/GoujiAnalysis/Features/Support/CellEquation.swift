import GoujiFormats
import GoujiRules
import GoujiSyntax

/// One balancing equation (R3-1, R3-2, R3-3, R4) as it applies to a cell: every cell on both sides and their sums.
struct CellEquation: Sendable {
  var rule: BalanceRule
  var totals: [CellRef]
  var parts: [CellRef]

  /// The sum of the total side; `nil` when a cell there holds no whole number.
  var totalValue: Int? { Self.sum(totals) }
  /// The sum of the parts; `nil` when a cell there holds no whole number.
  var partsValue: Int? { Self.sum(parts) }

  /// Whether the equation holds; `nil` when it cannot be evaluated.
  var holds: Bool? {
    guard let totalValue, let partsValue else { return nil }
    return totalValue == partsValue
  }

  /// The equations of the format's rules that the cell at `row`, `column` of table `id` takes part in.
  static func equations(row: String, column: String, table id: TableID, context: RuleContext) -> [CellEquation] {
    guard let evaluator = context.balance(id) else { return [] }
    let rules = id == .table4 ? context.format.table4.rules : context.format.table3.rules
    return rules.compactMap { rule in
      let (totalAddresses, partAddresses): ([(String, String)], [(String, String)])
      switch rule.axis {
      case .eachRow:
        guard (rule.total + rule.parts).contains(column) else { return nil }
        (totalAddresses, partAddresses) = (rule.total.map { (row, $0) }, rule.parts.map { (row, $0) })
      case .eachColumn:
        guard (rule.total + rule.parts).contains(row) else { return nil }
        (totalAddresses, partAddresses) = (rule.total.map { ($0, column) }, rule.parts.map { ($0, column) })
      }
      let totals = totalAddresses.compactMap { evaluator.cell($0.0, $0.1) }
      let parts = partAddresses.compactMap { evaluator.cell($0.0, $0.1) }
      guard totals.count == totalAddresses.count, parts.count == partAddresses.count else { return nil }
      return CellEquation(rule: rule, totals: totals, parts: parts)
    }
  }

  private static func sum(_ cells: [CellRef]) -> Int? {
    var total = 0
    for ref in cells {
      guard let value = ref.cell.arithmeticValue else { return nil }
      total += value
    }
    return total
  }
}

extension CellRef {
  /// The value as arithmetic sees it, as text: `12`, `0` for an empty cell, `?` for a cell that holds no number.
  var valueText: String { cell.arithmeticValue.map(String.init) ?? "?" }

  func isCell(_ key: CellKey) -> Bool { row == key.row && column == key.column }
}
