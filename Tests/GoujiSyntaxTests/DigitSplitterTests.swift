import GoujiFormats
import Testing

@testable import GoujiSyntax

@Suite struct DigitSplitterTests {
  @Test func countsHaveNoLeadingZeros() {
    #expect(DigitSplitter.splits("000", kinds: [.count, .count, .count]) == [["0", "0", "0"]])
    #expect(DigitSplitter.splits("100", kinds: [.count, .count]) == [["10", "0"]])
  }

  @Test func aRunWithSeveralSplitsListsThemAll() {
    let splits = DigitSplitter.splits("3125", kinds: [.count, .count, .count])
    #expect(Set(splits) == [["3", "1", "25"], ["3", "12", "5"], ["31", "2", "5"]])
  }

  @Test func signsOnlyInTheSignedChangeColumn() {
    #expect(Set(DigitSplitter.splits("5-183", kinds: [.count, .signedChange, .count])) == [["5", "-18", "3"], ["5", "-1", "83"]])
    #expect(DigitSplitter.splits("-5", kinds: [.count]).isEmpty)
  }

  @Test func amountsKeepDecimalsAndUnits() {
    let splits = DigitSplitter.splits("235800.50元", kinds: [.count, .amount(units: ["元", "万元"])])
    #expect(splits.contains(["2", "35800.50元"]))
    #expect(splits.contains(["23", "5800.50元"]))
    #expect(!splits.contains(["2358", "00.50元"]))
  }

  @Test func theRowRuleKeepsOnlySplitsWhoseTotalBalances() {
    let table = ReportFormat.format2021.table3
    let candidates = DigitSplitter.splits("121000013", kinds: Array(repeating: .count, count: 7))
    #expect(candidates.count > 2)
    let balanced = candidates.filter { SplitResolver.satisfiesRowRules($0, columns: table.columns, rules: table.rules) }
    // 12·1·0·0·0·0·13 written together is "121000013". 12+1 = 13 and 1+2+10 = 13: both balance; the other rows of the table decide between them.
    #expect(Set(balanced) == [["12", "1", "0", "0", "0", "0", "13"], ["1", "2", "10", "0", "0", "0", "13"]])
  }

  @Test func columnRulesResolveWhatRowRulesCannot() {
    // "000011011" is 0·0·0·0·1·10·11 or 0·0·0·0·11·0·11: both satisfy R3-2; R3-1 with the other rows decides.
    let table = ReportFormat.format2021.table3
    let candidates = DigitSplitter.splits("000011011", kinds: Array(repeating: .count, count: 7))
      .filter { SplitResolver.satisfiesRowRules($0, columns: table.columns, rules: table.rules) }
    #expect(candidates.count > 1)
    let fixed: [String: [String?]] = [
      "carried": ["0", "0", "0", "0", "0", "0", "0"],
      "outcomeTotal": ["0", "0", "0", "0", "1", "10", "11"],
      "carryOver": ["0", "0", "0", "0", "0", "0", "0"],
    ]
    let outcome = SplitResolver.resolve(
      pending: ["new": candidates], fixed: fixed, columns: table.columns, rowKeys: ["new"], rules: table.rules
    )
    #expect(outcome.resolved["new"] == ["0", "0", "0", "0", "1", "10", "11"])
  }

  @Test func noSplitSatisfyingTheRulesLeavesTheRowAmbiguous() {
    let table = ReportFormat.format2021.table3
    let candidates = [["1", "2", "0", "0", "0", "0", "9"], ["12", "0", "0", "0", "0", "0", "9"]]
    let outcome = SplitResolver.resolve(
      pending: ["new": candidates], fixed: [:], columns: table.columns, rowKeys: ["new"], rules: table.rules
    )
    #expect(outcome.resolved["new"] == nil)
    #expect(outcome.ambiguous["new"]?.count == 2)
  }
}
