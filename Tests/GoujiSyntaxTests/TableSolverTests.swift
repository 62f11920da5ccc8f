import GoujiFormats
import GoujiText
import Testing

@testable import GoujiSyntax

/// The table solver: each-row rules while splitting, each-column rules across rows, and abstaining.
@Suite struct TableSolverTests {
  private let table3 = ReportFormat.format2021.table3

  private func values(_ reading: GluedRowReading?) -> [String]? {
    if case .solved(let split) = reading { return split.values }
    return nil
  }

  @Test func theRowRuleChoosesAmongSplits() {
    let solver = TableSolver(columns: table3.columns, rules: table3.rules)
    let readings = solver.solve([.counts("new", ["150", "02", "0", "017"])], fixed: [:])
    #expect(values(readings["new"]) == ["15", "0", "0", "2", "0", "0", "17"])
  }

  @Test func splitsThatBothBalanceTheirRowStayUndecidedAlone() {
    // 12·1·0·0·0·0·13 and 1·2·10·0·0·0·13 both satisfy R3-2.
    let solver = TableSolver(columns: table3.columns, rules: table3.rules)
    let readings = solver.solve([.counts("new", ["121000013"])], fixed: [:])
    guard case .undecided(let splits) = readings["new"] else {
      Issue.record("expected undecided, got \(String(describing: readings["new"]))")
      return
    }
    #expect(
      Set(splits.map(\.values)) == [["12", "1", "0", "0", "0", "0", "13"], ["1", "2", "10", "0", "0", "0", "13"]])
  }

  @Test func columnRulesResolveWhatRowRulesCannot() {
    // "000011011" is 0·0·0·0·1·10·11 or 0·0·0·0·11·0·11: both satisfy R3-2; R3-1 with the other rows decides.
    let fixed: [String: [Int?]] = [
      "carried": [0, 0, 0, 0, 0, 0, 0], "outcomeTotal": [0, 0, 0, 0, 1, 10, 11], "carryOver": [0, 0, 0, 0, 0, 0, 0],
    ]
    let solver = TableSolver(columns: table3.columns, rules: table3.rules)
    let readings = solver.solve([.counts("new", ["000011011"])], fixed: fixed)
    #expect(values(readings["new"]) == ["0", "0", "0", "0", "1", "10", "11"])
  }

  @Test func gluedRowsAreSolvedTogether() {
    // new and outcomeTotal are both glued and both ambiguous alone; R3-1 (carried and carryOver are 0) ties them.
    let fixed: [String: [Int?]] = ["carried": [0, 0, 0, 0, 0, 0, 0], "carryOver": [0, 0, 0, 0, 0, 0, 0]]
    let solver = TableSolver(columns: table3.columns, rules: table3.rules)
    let rows: [TableSolver.Row] = [.counts("new", ["000011011"]), .counts("outcomeTotal", ["0000", "1", "10", "11"])]
    let readings = solver.solve(rows, fixed: fixed)
    #expect(values(readings["new"]) == ["0", "0", "0", "0", "1", "10", "11"])
    #expect(values(readings["outcomeTotal"]) == ["0", "0", "0", "0", "1", "10", "11"])
  }

  @Test func noSplitSatisfyingTheRulesLeavesTheRowUnreadable() {
    let solver = TableSolver(columns: table3.columns, rules: table3.rules)
    // 12·2·1·0·0·0·9, 1·22·1·0·0·0·9, …: several splits, none with a total equal to its parts.
    #expect(solver.solve([.counts("new", ["12210009"])], fixed: [:])["new"] == .unreadable)
  }

  @Test func aRowForcedByItsWidthButUnbalancedIsUnreadableWhenCellsMayHaveBeenLost() {
    // Seven digits, seven cells, but no balance: the text may have lost empty cells (36·_·5·5·4·_·50 printed as
    // `36 5 5 4 50` reads as 3·6·5·5·4·5·0, and `1200009` may be 12·_·0·0·0·0·9), so the one split the widths
    // allow is not a reading, and no error may come of it.
    let solver = TableSolver(columns: table3.columns, rules: table3.rules)
    #expect(solver.solve([.counts("new", ["1200009"])], fixed: [:])["new"] == .unreadable)
    #expect(solver.solve([.counts("new", ["36", "5", "5", "4", "50"])], fixed: [:])["new"] == .unreadable)
  }

  @Test func aRowNoLostEmptyCellCouldWriteIsSolvedEvenUnbalanced() {
    // `0000003`: a count never starts with 0, so no fewer cells can be written so; R3-2 then reports 0 ≠ 3.
    let solver = TableSolver(columns: table3.columns, rules: table3.rules)
    let zeros = solver.solve([.counts("new", ["0000003"])], fixed: [:])
    #expect(values(zeros["new"]) == ["0", "0", "0", "0", "0", "0", "3"])
  }

  @Test func tableFourIsCheckedEveryFiveValues() {
    let spec = ReportFormat.format2021.table4
    var glued = TableSolver.Row.counts("review", ["20103120001200000"])
    glued.kinds = Array(repeating: .count, count: 15)
    let readings = TableSolver(columns: spec.columns, rules: spec.rules).solve([glued], fixed: [:])
    #expect(
      values(readings["review"]) == ["2", "0", "1", "0", "3", "12", "0", "0", "0", "12", "0", "0", "0", "0", "0"])
  }
}
