import GoujiFormats

/// Chooses the splits of several glued rows of one table together, under the format's each-column balancing rules
/// (R3-1, R3-3): a constraint satisfaction search with forward checking (when every row of an equation but one is
/// chosen, that row keeps only the candidates that balance it) and the row with fewest candidates chosen first.
///
/// It finds, for each open row, which of its candidates take part in some assignment satisfying every equation.
/// An equation touching a row that could not be read, or a value that is not a number, is not used.
struct ColumnRuleSolver {
  /// One equation in one column: `constant + Σ sign·value(row) = 0` over the open rows.
  private struct Equation {
    var column: Int
    var constant: Int
    var terms: [(row: Int, sign: Int)]
  }

  /// Candidate values (one per column, `nil` when not a whole number) of each open row.
  private let candidates: [[[Int?]]]
  private let equations: [Equation]
  private let byRow: [[Int]]

  /// - Parameters:
  ///   - open: the candidates of each row still to choose, by row key.
  ///   - fixed: the verified values of the rows read directly or already decided (`nil`: not a number).
  ///   - columnCount: the number of columns.
  init(open: [(key: String, candidates: [[String]])], fixed: [String: [Int?]], rules: [BalanceRule], columnCount: Int) {
    let position = Dictionary(open.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    candidates = open.map { row in row.candidates.map { $0.map(MarkPieces.countedValue) } }
    var equations: [Equation] = []
    for rule in rules where rule.axis == .eachColumn {
      for column in 0..<columnCount {
        var equation = Equation(column: column, constant: 0, terms: [])
        var usable = true
        for (keys, sign) in [(rule.total, 1), (rule.parts, -1)] {
          for key in keys {
            if let row = position[key] {
              equation.terms.append((row, sign))
            } else if let values = fixed[key], column < values.count, let value = values[column] {
              equation.constant += sign * value
            } else {
              usable = false
            }
          }
        }
        if usable && !equation.terms.isEmpty { equations.append(equation) }
      }
    }
    self.equations = equations
    var byRow = [[Int]](repeating: [], count: open.count)
    for (index, equation) in equations.enumerated() { for term in equation.terms { byRow[term.row].append(index) } }
    self.byRow = byRow
  }

  /// For each open row, the candidate indices found in some assignment that satisfies every equation (empty sets
  /// when none does); `nil` when the budget ran out first. The search stops early once every row has two
  /// consistent candidates (nothing more could be decided).
  func consistentCandidates(budget: inout WorkBudget) -> [Set<Int>]? {
    var search = Search(solver: self)
    search.domains = candidates.map { Array($0.indices) }
    search.assigned = [Int?](repeating: nil, count: candidates.count)
    search.seen = [Set<Int>](repeating: [], count: candidates.count)
    search.run(budget: &budget)
    return search.exhausted ? nil : search.seen
  }

  private struct Search {
    let solver: ColumnRuleSolver
    var domains: [[Int]] = []
    var assigned: [Int?] = []
    var seen: [Set<Int>] = []
    var exhausted = false
    var done = false

    init(solver: ColumnRuleSolver) { self.solver = solver }

    mutating func run(budget: inout WorkBudget) {
      if exhausted || done { return }
      guard let row = nextRow() else {
        for (index, choice) in assigned.enumerated() { seen[index].insert(choice!) }
        done = seen.allSatisfy { $0.count >= 2 }
        return
      }
      let saved = domains
      for choice in saved[row] {
        guard budget.spend() else {
          exhausted = true
          return
        }
        assigned[row] = choice
        if propagate(from: row) { run(budget: &budget) }
        domains = saved
        assigned[row] = nil
        if exhausted || done { return }
      }
    }

    /// The unassigned row with the fewest candidates left.
    private func nextRow() -> Int? {
      assigned.indices.filter { assigned[$0] == nil }.min { domains[$0].count < domains[$1].count }
    }

    /// Checks the equations of `row`: a complete one must balance; one with a single row left narrows that row.
    private mutating func propagate(from row: Int) -> Bool {
      for index in solver.byRow[row] {
        let equation = solver.equations[index]
        var sum = equation.constant
        var free: [(row: Int, sign: Int)] = []
        var unknown = false
        for term in equation.terms {
          guard let choice = assigned[term.row] else {
            free.append(term)
            continue
          }
          guard let value = solver.candidates[term.row][choice][equation.column] else {
            unknown = true
            break
          }
          sum += term.sign * value
        }
        if unknown || free.count > 1 { continue }
        guard let last = free.first else {
          if sum != 0 { return false }
          continue
        }
        domains[last.row] = domains[last.row].filter { candidate in
          guard let value = solver.candidates[last.row][candidate][equation.column] else { return true }
          return sum + last.sign * value == 0
        }
        if domains[last.row].isEmpty { return false }
      }
      return true
    }
  }
}
