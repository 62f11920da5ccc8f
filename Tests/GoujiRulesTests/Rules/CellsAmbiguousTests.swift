import Foundation
import GoujiAnalysis
import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct CellsAmbiguousTests {
  /// The clean report in PDF text with one row of table 二 flattened.
  static func flattened(_ row: String, _ run: String, format: FormatID = .format2021) -> String {
    ReportBuilder(format, form: .spaceSeparated).build(gluing: row, of: .table2, as: run)
  }

  @Test func digitsOfTable2ThatSplitSeveralWaysAreReportedWithTheCandidates() {
    let text = Self.flattened("normativeDocuments", "1️⃣3125⏹")
    check(
      text, rule: "GJ307",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "“行政规范性文件”行的数字连在一起，可拆分为3·1·25、3·12·5、31·2·5（按可能性排列），无法确定是哪一种，请以原件为准",
          severity: .warning
        )
      ])
  }

  @Test func manyCandidatesAreCounted() {
    let text = Self.flattened("normativeDocuments", "1️⃣1234567")
    check(text, rule: "GJ307", expected: [DiagnosticSpec("1️⃣", message: "等15种（按可能性排列），无法确定是哪一种，请以原件为准")])
  }

  @Test func moneyOf2019SplitsSeveralWays() {
    let text = Self.flattened("procurement", "1️⃣235800.50元", format: .format2019)
    check(
      text, rule: "GJ307",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "“政府集中采购”行的数字连在一起，可拆分为2·35800.50元、23·5800.50元、235·800.50元、23580·0.50元（按可能性排列），无法确定是哪一种，请以原件为准"
        )
      ])
  }

  @Test func repeatedValuesAreTheMostPlausibleSplit() {
    let text = Self.flattened("normativeDocuments", "1️⃣767676")
    check(text, rule: "GJ307", expected: [DiagnosticSpec("1️⃣", message: "（按可能性排列），暂按76·76·76读取，请以原件为准")])
  }

  @Test func aColumnRelationOf2019RanksSplitsThatBreakItLast() {
    // 对外公开总数量 ≥ 本年新公开数量: 5·40·3 (3 < 40) comes after 54·0·3, although it was found first.
    let text = Self.flattened("normativeDocuments", "1️⃣5403", format: .format2019)
    check(text, rule: "GJ307", expected: [DiagnosticSpec("1️⃣", message: "可拆分为54·0·3、5·40·3（按可能性排列），暂按54·0·3读取")])
  }

  @Test func aGluedPairOfTable3ThatSplitsOneWayIsRead() {
    // 2·1·0·0·0·0·3 with its first two values written together: 21 can only be 2·1 (seven cells from six tokens).
    let builder = ReportBuilder(form: .spaceSeparated).withoutFigures()
    let written = "一、本年新收政府信息公开申请数量 " + builder.row(.table3, "new").joined(separator: " ")
    checkClean(builder.build().replacingFirst(written, with: "一、本年新收政府信息公开申请数量21 0 0 0 0 3"), rule: "GJ307")
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = Self.flattened("normativeDocuments", "1️⃣3125⏹").replacingOccurrences(of: "\n", with: "\r\n")
      .replacingFirst("某市", with: "𠀀市")
    check(text, rule: "GJ307", expected: [DiagnosticSpec("1️⃣")])
  }

  // MARK: Near misses

  @Test func digitsThatSplitOneWayAreRead() {
    // As many digits as cells; one column; a sign that can only start 本年增/减; a unit that fixes the cut.
    checkClean(Self.flattened("normativeDocuments", "215"), rule: "GJ307")
    checkClean(Self.flattened("licensing", "1286"), rule: "GJ307")
    checkClean(Self.flattened("licensing", "12+30", format: .format2019), rule: "GJ307")
    checkClean(Self.flattened("procurement", "40.85万元", format: .format2019), rule: "GJ307")
  }

  @Test func balancingRulesChooseAmongTheSplitsOfTable3() {
    // Special fixture (a): three runs split several ways under R3-2 alone, one way under all three rules.
    checkClean(Fixtures.fixture("GoujiSyntaxTests", "forms/special/a-flattened-balancing.txt"), rule: "GJ307")
  }
}
