import GoujiFormats

extension TableSolver {
  /// A row with too many splits under its own rules (`168335635507797443133 698147403`: five cells in 21 digits)
  /// split again with the values the each-column rules imply for it once every other row of a rule is known
  /// (R3-1: 一 = （七）总计 + 四 − 二 in each column). Solved only when exactly one split gives every implied value
  /// and satisfies the row's own rules; otherwise it stays unreadable.
  func readByImpliedValues(_ row: Row, known: [String: [Int?]], budget: inout WorkBudget) -> GluedRowReading {
    guard row.dropping == nil else { return .unreadable }
    let implied = impliedValues(of: row.key, known: known)
    guard implied.contains(where: { $0 != nil }) else { return .unreadable }
    let check = RowRuleCheck(rules: rules, columns: columns)
    var splitter = RowSplitter(tokens: row.glued.scalars, kinds: row.kinds, cutsMarks: true)
    splitter.checkpoints = Set(1...row.kinds.count)
    splitter.accepts = { values in
      let agrees = zip(values, implied).allSatisfy { value, want in want == nil || value == want }
      return agrees && (values.count < row.kinds.count || check.holds(values))
    }
    guard case .splits(let splits) = splitter.splits(limit: 2, budget: &budget), splits.count == 1 else {
      return .unreadable
    }
    return .solved(splits[0])
  }

  /// For each column, the value of row `key` that an each-column rule gives when every other row of the rule is
  /// known in that column; `nil` where none does, or two rules give different values.
  func impliedValues(of key: String, known: [String: [Int?]]) -> [Int?] {
    var result = [Int?](repeating: nil, count: columns.count)
    var conflicting = Set<Int>()
    for rule in rules where rule.axis == .eachColumn {
      let onTotalSide = rule.total.contains(key)
      guard onTotalSide || rule.parts.contains(key) else { continue }
      let (own, other) = onTotalSide ? (rule.total, rule.parts) : (rule.parts, rule.total)
      for column in columns.indices {
        guard let others = sum(other, column: column, known: known),
          let siblings = sum(own.filter { $0 != key }, column: column, known: known)
        else { continue }
        let value = others - siblings
        guard value >= 0 else { continue }
        if let existing = result[column], existing != value { conflicting.insert(column) }
        result[column] = value
      }
    }
    for column in conflicting { result[column] = nil }
    return result
  }

  /// The sum of the rows `keys` in `column`; `nil` when one of them is unknown there.
  private func sum(_ keys: [String], column: Int, known: [String: [Int?]]) -> Int? {
    var total = 0
    for key in keys {
      guard let values = known[key], column < values.count, let value = values[column] else { return nil }
      total += value
    }
    return total
  }
}
