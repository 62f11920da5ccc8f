import GoujiFormats

extension TableSolver {
  /// The most combinations of the undecided rows' splits that ``readJointly(_:open:known:budget:)`` tries.
  static let jointCombinationLimit = 4096

  /// The rows left unreadable alone (too many splits of their own: 一 and （七）总计 with four-digit values glued, as
  /// BeautifulSoup's `get_text("")` writes them) decided together with the rows left with several splits (`4·40` or
  /// `44·0`): each combination of the latter's splits implies through the each-column rules every value of the
  /// former (（七）总计 by R3-3, then 一 by R3-1), which must split their digits exactly (``readByImpliedValues``).
  /// Every one of these rows is solved only when exactly one combination completes them all with every each-column
  /// rule holding on known values; `nil` when none does, several do, there are too many or the budget runs out.
  func readJointly(
    _ rows: [Row], open: [(key: String, splits: [RowSplit])], known: [String: [Int?]], budget: inout WorkBudget
  ) -> [String: GluedRowReading]? {
    guard !rows.isEmpty, !open.isEmpty else { return nil }
    var combinations = 1
    for row in open {
      combinations *= row.splits.count
      guard combinations <= Self.jointCombinationLimit else { return nil }
    }
    var found: [String: GluedRowReading]?
    var choice = [Int](repeating: 0, count: open.count)
    repeat {
      guard budget.spend() else { return nil }
      var assumed = known
      for (row, index) in zip(open, choice) { assumed[row.key] = row.splits[index].values.map(MarkPieces.countedValue) }
      if var readings = completing(rows, assuming: &assumed, budget: &budget) {
        guard found == nil else { return nil }
        for (row, index) in zip(open, choice) { readings[row.key] = .solved(row.splits[index]) }
        found = readings
      }
      if budget.isExhausted { return nil }
    } while Self.advance(&choice, limits: open.map(\.splits.count))
    return found
  }

  /// The one split of each of `rows` that the values `assumed` imply in every column, a row decided adding its values
  /// to what the next is implied from, when every row gets one and every each-column rule then holds.
  private func completing(
    _ rows: [Row], assuming assumed: inout [String: [Int?]], budget: inout WorkBudget
  ) -> [String: GluedRowReading]? {
    var pending = rows
    var readings: [String: GluedRowReading] = [:]
    while !pending.isEmpty {
      guard
        let index = pending.firstIndex(where: { row in
          impliedValues(of: row.key, known: assumed).allSatisfy { $0 != nil }
        }),
        case .solved(let split) = readByImpliedValues(pending[index], known: assumed, budget: &budget)
      else { return nil }
      readings[pending[index].key] = .solved(split)
      assumed[pending[index].key] = split.values.map(MarkPieces.countedValue)
      pending.remove(at: index)
    }
    return everyColumnRuleHolds(assumed) ? readings : nil
  }

  /// Whether every each-column rule holds in every column, all its rows known there.
  private func everyColumnRuleHolds(_ known: [String: [Int?]]) -> Bool {
    rules.filter { $0.axis == .eachColumn }.allSatisfy { rule in
      columns.indices.allSatisfy { column in
        let sides = [rule.total, rule.parts].map { keys in
          keys.reduce(Int?(0)) { sum, key in
            guard let sum, let values = known[key], column < values.count, let value = values[column] else {
              return nil
            }
            return sum + value
          }
        }
        return sides[0] != nil && sides[0] == sides[1]
      }
    }
  }

  /// The next combination after `choice` (each index below its limit), or `false` after the last.
  private static func advance(_ choice: inout [Int], limits: [Int]) -> Bool {
    for index in choice.indices {
      choice[index] += 1
      if choice[index] < limits[index] { return true }
      choice[index] = 0
    }
    return false
  }
}
