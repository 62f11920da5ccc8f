import GoujiFormats
import GoujiText
import Testing

@testable import GoujiSyntax

/// Rows with too many splits of their own, split by the values the each-column rules imply once the other rows are
/// known (``TableSolver/readByImpliedValues(_:known:budget:)``): four- and five-digit values glued together.
@Suite struct TableSolverImpliedTests {
  private let table3 = ReportFormat.format2021.table3

  /// The other rows of R3-1 as `inv-2021-city` writes them: 一 is 16833·5635·5077·9744·3133·6981·47403.
  private let others: [String: [Int?]] = [
    "carried": [0, 1, 0, 0, 2, 0, 3],
    "outcomeTotal": [16828, 5635, 5072, 9740, 3135, 6977, 47387],
    "carryOver": [5, 1, 5, 4, 0, 4, 19],
  ]

  private let glued = ["168335635507797443133", "698147403"]

  @Test func aLongGluedRowIsSolvedByTheValuesTheOtherRowsImply() {
    let solver = TableSolver(columns: table3.columns, rules: table3.rules)
    var budget = WorkBudget(WorkBudget.perTable)
    let reading = solver.readByImpliedValues(.counts("new", glued), known: others, budget: &budget)
    guard case .solved(let split) = reading else {
      Issue.record("expected solved, got \(reading)")
      return
    }
    #expect(split.values == ["16833", "5635", "5077", "9744", "3133", "6981", "47403"])
    // Pruned by the implied values at every cell, the search is short.
    #expect(WorkBudget.perTable - budget.remaining < 1000)
  }

  /// A row whose text does not hold the implied values (the table does not balance as written, or an empty cell
  /// was lost) is left unreadable, never bent to the rules.
  @Test func aRowThatCannotGiveTheImpliedValuesStaysUnreadable() {
    let solver = TableSolver(columns: table3.columns, rules: table3.rules)
    var unbalanced = others
    unbalanced["carryOver"] = [6, 1, 5, 4, 0, 4, 20]
    var budget = WorkBudget(WorkBudget.perTable)
    #expect(solver.readByImpliedValues(.counts("new", glued), known: unbalanced, budget: &budget) == .unreadable)
    // 36·_·5·5·4·_·50 flattened to `36 5 5 4 50` cannot give the implied 0s: the empty cells left no digit.
    let lost: [String: [Int?]] = [
      "carried": [0, 0, 0, 0, 0, 0, 0], "outcomeTotal": [36, 0, 5, 5, 4, 0, 50], "carryOver": [0, 0, 0, 0, 0, 0, 0],
    ]
    let short = TableSolver.Row.counts("new", ["36", "5", "5", "4", "50"])
    #expect(solver.readByImpliedValues(short, known: lost, budget: &budget) == .unreadable)
  }

  /// In a whole table the row is solved too, whichever pass decides it.
  @Test func theSolverReadsTheRowWithTheOtherRowsKnown() {
    let solver = TableSolver(columns: table3.columns, rules: table3.rules)
    let readings = solver.solve([.counts("new", glued)], fixed: others)
    guard case .solved(let split) = readings["new"] else {
      Issue.record("expected solved, got \(String(describing: readings["new"]))")
      return
    }
    #expect(split.values == ["16833", "5635", "5077", "9744", "3133", "6981", "47403"])
  }

  @Test func impliedValuesNeedEveryOtherRowOfTheRule() {
    let solver = TableSolver(columns: table3.columns, rules: table3.rules)
    var partial = others
    partial["carried"] = [0, nil, 0, 0, 2, 0, 3]
    let implied = solver.impliedValues(of: "new", known: partial)
    #expect(implied == [16833, nil, 5077, 9744, 3133, 6981, 47403])
  }
}
