import GoujiFormats
import Testing

@testable import GoujiSyntax

/// The plausibility order of table 二's splits: each clue, on its own, moves a split up or down.
@Suite struct SplitRankingTests {
  private let counts = ReportFormat.format2021.table2[0].columns
  private let published = ReportFormat.format2019.table2[0]

  @Test func equalWidthsAndRepeatedValuesComeFirst() {
    let ranked = SplitRanking.ranked(
      [["7", "6", "7676"], ["767", "6", "76"], ["76", "76", "76"]], columns: counts, orderings: [], statedNumbers: []
    )
    #expect(ranked.first == ["76", "76", "76"])
  }

  @Test func numbersThePreambleStatesComeFirst() {
    let ranked = SplitRanking.ranked(
      [["3", "1", "25"], ["3", "12", "5"], ["31", "2", "5"]], columns: counts, orderings: [], statedNumbers: [31]
    )
    #expect(ranked.first == ["31", "2", "5"])
  }

  @Test func aBrokenColumnRelationComesLast() {
    // 对外公开总数量 (the third column) is at least 本年新公开数量 (the second) in the 2019 format.
    let ranked = SplitRanking.ranked(
      [["5", "40", "3"], ["54", "0", "3"]], columns: published.columns, orderings: published.orderings,
      statedNumbers: []
    )
    #expect(ranked == [["54", "0", "3"], ["5", "40", "3"]])
  }

  @Test func aLargeChangeOfUnevenWidthsComesLast() {
    let columns = ReportFormat.format2019.table2[1].columns
    let ranked = SplitRanking.ranked(
      [["1", "+2345", "6"], ["123", "+4", "56"]], columns: columns, orderings: [], statedNumbers: []
    )
    #expect(ranked.first == ["123", "+4", "56"])
  }

  @Test func tiesKeepTheOrderTheSplitsWereFoundIn() {
    let candidates = [["3", "1", "25"], ["3", "12", "5"], ["31", "2", "5"]]
    #expect(SplitRanking.ranked(candidates, columns: counts, orderings: [], statedNumbers: []) == candidates)
  }

  @Test func onlyAClearlyMostPlausibleSplitIsRead() {
    let tie = SplitRanking.rankedWithClearBest(
      [["3", "1", "25"], ["3", "12", "5"], ["31", "2", "5"]], columns: counts, orderings: [], statedNumbers: []
    )
    #expect(!tie.hasClearBest)
    let clear = SplitRanking.rankedWithClearBest(
      [["7", "6", "7676"], ["76", "76", "76"]], columns: counts, orderings: [], statedNumbers: []
    )
    #expect(clear.hasClearBest)
    #expect(clear.ranked.first == ["76", "76", "76"])
  }
}
