import GoujiFormats
import GoujiText
import Testing

@testable import GoujiSyntax

/// Splitting one glued row: column kinds, token borders, width limits, and the work budget.
@Suite struct RowSplitterTests {
  private func values(_ tokens: [String], _ kinds: [ValueKind], limit: Int = 1000) -> Set<[String]>? {
    var budget = WorkBudget()
    let splitter = RowSplitter(tokens: tokens.map { Array($0.unicodeScalars) }, kinds: kinds)
    guard case .splits(let splits) = splitter.splits(limit: limit, budget: &budget) else { return nil }
    return Set(splits.map(\.values))
  }

  private let three: [ValueKind] = [.count, .count, .count]

  @Test func countsHaveNoLeadingZeros() {
    #expect(values(["000"], three) == [["0", "0", "0"]])
    #expect(values(["100"], [.count, .count]) == [["10", "0"]])
  }

  @Test func aRunWithSeveralSplitsListsThemAll() {
    #expect(values(["3125"], three) == [["3", "1", "25"], ["3", "12", "5"], ["31", "2", "5"]])
  }

  @Test func aSpaceIsAlwaysABorder() {
    // "31 25": 31 is one cell or two, 25 likewise, and no cell crosses the space.
    #expect(values(["31", "25"], three) == [["3", "1", "25"], ["31", "2", "5"]])
    #expect(
      values(["150", "02", "0", "017"], Array(repeating: .count, count: 7))?.contains([
        "15", "0", "0", "2", "0", "0", "17",
      ]) == true)
  }

  @Test func aTokenThatIsNotDigitsIsOneCell() {
    #expect(values(["—", "12"], three) == [["—", "1", "2"]])
  }

  @Test func signsOnlyInTheSignedChangeColumn() {
    #expect(values(["5-183"], [.count, .signedChange, .count]) == [["5", "-18", "3"], ["5", "-1", "83"]])
    #expect(values(["-5", "1"], [.count, .count]) == [])
  }

  @Test func amountsKeepDecimalsAndUnits() throws {
    let splits = try #require(values(["235800.50元"], [.count, .amount(units: ["元", "万元"])]))
    #expect(splits.contains(["2", "35800.50元"]))
    #expect(splits.contains(["23", "5800.50元"]))
    #expect(!splits.contains(["2358", "00.50元"]))
  }

  @Test func aCutCountIsAtMostSevenDigitsWide() {
    #expect(
      values(["123456789"], [.count, .count]) == [
        ["12", "3456789"], ["123", "456789"], ["1234", "56789"], ["12345", "6789"], ["123456", "789"],
        ["1234567", "89"],
      ])
    #expect(values(["123456789012345"], [.count, .count]) == [])
    // A whole token stays as written, however wide.
    #expect(values(["123456789012", "1", "2"], three) == [["123456789012", "1", "2"]])
  }

  @Test func tooManySplitsAreReportedAsSuch() {
    var budget = WorkBudget()
    let splitter = RowSplitter(
      tokens: [Array("123456789123".unicodeScalars)], kinds: Array(repeating: .count, count: 5))
    #expect(splitter.splits(limit: 3, budget: &budget) == .tooMany)
  }

  @Test func anExhaustedBudgetGivesUp() {
    var budget = WorkBudget(10)
    let splitter = RowSplitter(
      tokens: [Array("1234567891234567".unicodeScalars)], kinds: Array(repeating: .count, count: 6))
    #expect(splitter.splits(limit: 1000, budget: &budget) == .exhausted)
  }

  @Test func hugeRunsAreRejectedWithoutWork() {
    var budget = WorkBudget(100)
    let digits = String(repeating: "1234567890", count: 100_000)
    let splitter = RowSplitter(tokens: [Array(digits.unicodeScalars)], kinds: Array(repeating: .count, count: 7))
    #expect(splitter.splits(limit: 10, budget: &budget) == .splits([]))
    #expect(budget.remaining >= 90)
  }
}
