import GoujiFormats

/// Chooses among the ways concatenated digit runs can be split, using the balancing rules: first each row's own
/// rules (R3-2, R4), then the rules across rows (R3-1, R3-3). A row is read only when every split that satisfies
/// the rules gives it the same values; otherwise it stays ambiguous with its candidates. Nothing is guessed.
enum SplitResolver {
  /// The most combinations of ambiguous rows tried together.
  static let combinationLimit = 200_000

  struct Outcome {
    var resolved: [String: [String]]
    var ambiguous: [String: [[String]]]
  }

  /// - Parameters:
  ///   - pending: candidate splits of each concatenated row, by row key.
  ///   - fixed: the values of rows that were read directly (`nil` for a cell that could not be read).
  static func resolve(
    pending: [String: [[String]]], fixed: [String: [String?]], columns: [ColumnSpec], rowKeys: [String],
    rules: [BalanceRule]
  ) -> Outcome {
    var narrowed: [String: [[String]]] = [:]
    for (key, candidates) in pending {
      let fitting = candidates.filter { satisfiesRowRules($0, columns: columns, rules: rules) }
      narrowed[key] = fitting.isEmpty ? candidates : fitting
    }
    let columnRules = rules.filter { $0.axis == .eachColumn }
    let open = rowKeys.filter { (narrowed[$0]?.count ?? 0) > 1 }
    if !open.isEmpty && !columnRules.isEmpty {
      narrowed = narrowAcrossRows(narrowed, open: open, fixed: fixed, columns: columns, rules: columnRules)
    }
    var outcome = Outcome(resolved: [:], ambiguous: [:])
    for (key, candidates) in narrowed {
      if candidates.count == 1 { outcome.resolved[key] = candidates[0] } else { outcome.ambiguous[key] = candidates }
    }
    return outcome
  }

  static func satisfiesRowRules(_ values: [String], columns: [ColumnSpec], rules: [BalanceRule]) -> Bool {
    let rowRules = rules.filter { $0.axis == .eachRow }
    guard !rowRules.isEmpty else { return true }
    let stride = columns.count
    guard stride > 0, values.count % stride == 0 else { return true }
    for start in Swift.stride(from: 0, to: values.count, by: stride) {
      let row = Array(values[start..<(start + stride)])
      for rule in rowRules {
        guard let total = sum(rule.total, row: row, columns: columns), let parts = sum(rule.parts, row: row, columns: columns)
        else { continue }
        if total != parts { return false }
      }
    }
    return true
  }

  private static func sum(_ keys: [String], row: [String], columns: [ColumnSpec]) -> Int? {
    var total = 0
    for key in keys {
      guard let index = columns.firstIndex(where: { $0.key == key }), let value = CellValueParser.integer(row[index])
      else { return nil }
      total += value
    }
    return total
  }

  /// Tries every combination of the open rows' candidates; keeps, for each open row, the candidates that take part
  /// in at least one combination satisfying every column rule.
  private static func narrowAcrossRows(
    _ narrowed: [String: [[String]]], open: [String], fixed: [String: [String?]], columns: [ColumnSpec],
    rules: [BalanceRule]
  ) -> [String: [[String]]] {
    let total = open.reduce(1) { $0 * narrowed[$1]!.count }
    guard total <= combinationLimit else { return narrowed }
    var kept: [String: Set<[String]>] = [:]
    var choice = [Int](repeating: 0, count: open.count)
    for _ in 0..<total {
      var rows: [String: [String?]] = fixed
      for (key, candidates) in narrowed where candidates.count == 1 { rows[key] = candidates[0] }
      for (position, key) in open.enumerated() { rows[key] = narrowed[key]![choice[position]] }
      if satisfiesColumnRules(rows, columns: columns, rules: rules) {
        for (position, key) in open.enumerated() { kept[key, default: []].insert(narrowed[key]![choice[position]]) }
      }
      advance(&choice, limits: open.map { narrowed[$0]!.count })
    }
    guard !kept.isEmpty else { return narrowed }
    var result = narrowed
    for key in open { result[key] = narrowed[key]!.filter { kept[key]?.contains($0) ?? false } }
    return result
  }

  private static func advance(_ choice: inout [Int], limits: [Int]) {
    for position in choice.indices.reversed() {
      choice[position] += 1
      if choice[position] < limits[position] { return }
      choice[position] = 0
    }
  }

  private static func satisfiesColumnRules(_ rows: [String: [String?]], columns: [ColumnSpec], rules: [BalanceRule])
    -> Bool
  {
    for rule in rules {
      for column in columns.indices {
        guard let total = columnSum(rule.total, column: column, rows: rows),
          let parts = columnSum(rule.parts, column: column, rows: rows)
        else { continue }
        if total != parts { return false }
      }
    }
    return true
  }

  private static func columnSum(_ keys: [String], column: Int, rows: [String: [String?]]) -> Int? {
    var total = 0
    for key in keys {
      guard let row = rows[key], column < row.count else { return nil }
      guard let text = row[column] else { return nil }
      guard let value = text.isEmpty ? 0 : CellValueParser.integer(text) else { return nil }
      total += value
    }
    return total
  }
}
