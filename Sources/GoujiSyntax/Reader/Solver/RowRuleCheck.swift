import GoujiFormats

/// The format's each-row balancing rules (R3-2, R4) as column positions, to test candidate values of a row while
/// it is being split. A table whose rows sit one after another in one run (table 四's fifteen values) is tested
/// row by row, every `columns.count` values.
struct RowRuleCheck: Sendable {
  /// For each each-row rule: the positions of its total cells and of its part cells.
  private let equations: [(totals: [Int], parts: [Int])]
  private let width: Int

  init(rules: [BalanceRule], columns: [ColumnSpec]) {
    let index = Dictionary(columns.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    equations = rules.filter { $0.axis == .eachRow }.compactMap { rule in
      let totals = rule.total.compactMap { index[$0] }
      let parts = rule.parts.compactMap { index[$0] }
      guard totals.count == rule.total.count, parts.count == rule.parts.count else { return nil }
      return (totals, parts)
    }
    width = columns.count
  }

  /// Numbers of values after which a row of the table is complete (for ``RowSplitter/checkpoints``).
  func checkpoints(cellCount: Int) -> Set<Int> {
    guard width > 0, !equations.isEmpty else { return [] }
    return Set(stride(from: width, through: cellCount, by: width))
  }

  /// Whether every complete row in `values` satisfies every rule; an equation with a value that is not a whole
  /// number (`nil`) is not tested.
  func holds(_ values: [Int?]) -> Bool {
    guard width > 0 else { return true }
    var start = 0
    while start + width <= values.count {
      for (totals, parts) in equations {
        guard let total = sum(totals, values, start), let part = sum(parts, values, start) else { continue }
        if total != part { return false }
      }
      start += width
    }
    return true
  }

  private func sum(_ positions: [Int], _ values: [Int?], _ start: Int) -> Int? {
    var total = 0
    for position in positions {
      guard let value = values[start + position] else { return nil }
      total += value
    }
    return total
  }
}
