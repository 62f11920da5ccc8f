import GoujiFormats

/// The format's each-row rules of table 三 (R3-2) as column positions: a row satisfies them when every cell is a
/// whole number and each rule's totals sum to its parts (a key not among the columns is left out). The stream
/// readers test rows with it: ``StreamGrid`` a row of cells, ``StreamBlocks`` a row of cell numbers while it searches.
struct Table3RowRules {
  private let equations: [(totals: [Int], parts: [Int])]

  init(_ format: Table3Spec) {
    let columns = format.columns.map(\.key)
    equations = format.rules.filter { $0.axis == .eachRow }.map { rule in
      (rule.total.compactMap { columns.firstIndex(of: $0) }, rule.parts.compactMap { columns.firstIndex(of: $0) })
    }
  }

  /// Whether a row of whole numbers, one per column in the format's order, satisfies every rule.
  func hold(_ row: [Int]) -> Bool {
    equations.allSatisfy { totals, parts in
      totals.reduce(0) { $0 &+ row[$1] } == parts.reduce(0) { $0 &+ row[$1] }
    }
  }

  /// Whether the row whose cells (numbers into `values`) are `row` satisfies every rule.
  func hold(_ row: ArraySlice<Int>, values: [Int?]) -> Bool {
    for cell in row where values[cell] == nil { return false }
    let start = row.startIndex
    for (totals, parts) in equations {
      var difference = 0
      for column in totals { difference &+= values[row[start + column]]! }
      for column in parts { difference &-= values[row[start + column]]! }
      if difference != 0 { return false }
    }
    return true
  }
}
