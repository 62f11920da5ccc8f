import GoujiFormats

/// Places the short rows of one table together: rows whose values each stand in one cell but whose empty cells left
/// no trace of where they were (PDF layout text whose columns `pdftotext` packed one space apart).
///
/// Each row's values keep their order; a row's placements are those its own rules (R3-2) allow, an empty cell
/// counting 0. The rows are then chosen together under the each-column rules (R3-1, R3-3) by ``ColumnRuleSolver``,
/// one group of rows at a time: the rows that share a rule (a row in no rule with another open row is a group of its
/// own), so that a group the rules decide is not lost in the search of a large one they do not. A row is decided
/// only when exactly one of its placements takes part in the readings that satisfy every rule: its values' columns
/// the same in all of them, and its empty cells too (a 0 adds nothing to any sum, so where a 0 stands is decided
/// only by the order of the values around it). Nothing is guessed: a group the budget does not cover, or that no
/// reading satisfies, decides nothing.
struct JointPlacement {
  /// One short row: its key and its values in the order written.
  struct Row {
    var key: String
    var values: [Int]
  }

  /// The most placements one row may have under its own rules; a row with more is left out (unknown).
  static let candidateLimit = 200

  let columns: [ColumnSpec]
  let rules: [BalanceRule]

  /// The rows decided, each as the column of each of its values; `fixed` holds the values of the table's rows read
  /// otherwise (`nil`: not known).
  func decide(_ rows: [Row], fixed: [String: [Int?]], budget: inout WorkBudget) -> [String: [Int]] {
    let check = RowRuleCheck(rules: rules, columns: columns)
    var placements: [String: [[Int]]] = [:]
    for row in rows {
      if let found = self.placements(of: row.values, check: check, budget: &budget), !found.isEmpty {
        placements[row.key] = found
      }
    }
    let values = Dictionary(uniqueKeysWithValues: rows.map { ($0.key, $0.values) })
    var decided: [String: [Int]] = [:]
    for group in groups(rows.map(\.key).filter { placements[$0] != nil }) {
      let candidates = group.map { key in (key: key, placements: placements[key]!, values: values[key]!) }
      decided.merge(decide(candidates, fixed: fixed, budget: &budget)) { first, _ in first }
    }
    return decided
  }

  /// The placements of one group of rows that every reading satisfying the rules shares.
  private func decide(
    _ group: [(key: String, placements: [[Int]], values: [Int])], fixed: [String: [Int?]], budget: inout WorkBudget
  ) -> [String: [Int]] {
    // Rows whose placements all give the same numbers are known to the sums; the others are chosen by them.
    let vectors = group.map { row in unique(row.placements.map { numbers(row.values, at: $0) }) }
    var known = fixed
    var open: [(key: String, candidates: [[String]])] = []
    var openIndex: [Int] = []
    for (index, row) in group.enumerated() {
      if vectors[index].count == 1 {
        known[row.key] = vectors[index][0].map(Optional.some)
      } else {
        open.append((row.key, vectors[index].map { $0.map(String.init) }))
        openIndex.append(index)
      }
    }
    var chosen = vectors.map { $0.count == 1 ? $0.first : nil }
    if open.isEmpty {
      guard rulesHold(group.map(\.key), known: known) else { return [:] }
    } else {
      let solver = ColumnRuleSolver(open: open, fixed: known, rules: rules, columnCount: columns.count)
      guard let consistent = solver.consistentCandidates(budget: &budget), consistent.allSatisfy({ !$0.isEmpty })
      else { return [:] }
      for (position, index) in openIndex.enumerated() where consistent[position].count == 1 {
        chosen[index] = vectors[index][consistent[position].first!]
      }
    }
    var decided: [String: [Int]] = [:]
    for (index, row) in group.enumerated() {
      guard let vector = chosen[index] else { continue }
      let matching = row.placements.filter { numbers(row.values, at: $0) == vector }
      if matching.count == 1 { decided[row.key] = matching[0] }
    }
    return decided
  }

  /// Every way of putting `values` in the columns in their order that the row's own rules allow (empty cells 0);
  /// `nil` when there are more than ``candidateLimit`` or the budget runs out.
  private func placements(of values: [Int], check: RowRuleCheck, budget: inout WorkBudget) -> [[Int]]? {
    var found: [[Int]] = []
    var columnsSoFar: [Int] = []
    func place(_ next: Int, from column: Int) -> Bool {
      guard next < values.count else {
        guard budget.spend() else { return false }
        if check.holds(numbers(values, at: columnsSoFar).map(Optional.some)) { found.append(columnsSoFar) }
        return found.count <= Self.candidateLimit
      }
      // Leave room for the values still to place.
      let last = columns.count - (values.count - next)
      guard column <= last else { return true }
      for candidate in column...last {
        columnsSoFar.append(candidate)
        defer { columnsSoFar.removeLast() }
        if !place(next + 1, from: candidate + 1) { return false }
      }
      return true
    }
    guard values.count <= columns.count, place(0, from: 0) else { return nil }
    return found
  }

  /// The row's numbers, one per column, with `values` at `placement` and 0 elsewhere.
  private func numbers(_ values: [Int], at placement: [Int]) -> [Int] {
    var row = Array(repeating: 0, count: columns.count)
    for (value, column) in zip(values, placement) { row[column] = value }
    return row
  }

  /// The open rows in groups: rows named by one each-column rule are in one group.
  private func groups(_ keys: [String]) -> [[String]] {
    var group = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
    for rule in rules where rule.axis == .eachColumn {
      let named = Set((rule.total + rule.parts).compactMap { group[$0] })
      guard let target = named.min(), named.count > 1 else { continue }
      for key in keys where named.contains(group[key]!) { group[key] = target }
    }
    let ids = unique(keys.map { group[$0]! })
    return ids.map { id in keys.filter { group[$0] == id } }
  }

  /// Whether every each-column rule naming one of `keys` holds in every column where all its rows are known.
  private func rulesHold(_ keys: [String], known: [String: [Int?]]) -> Bool {
    rules.filter { $0.axis == .eachColumn && !Set($0.total + $0.parts).isDisjoint(with: keys) }.allSatisfy { rule in
      columns.indices.allSatisfy { column in
        let total = rule.total.map { known[$0]?[column] ?? nil }
        let parts = rule.parts.map { known[$0]?[column] ?? nil }
        guard !(total + parts).contains(where: { $0 == nil }) else { return true }
        return total.reduce(0) { $0 + $1! } == parts.reduce(0) { $0 + $1! }
      }
    }
  }

  private func unique<T: Equatable>(_ items: [T]) -> [T] {
    items.reduce(into: []) { result, item in if !result.contains(item) { result.append(item) } }
  }
}
