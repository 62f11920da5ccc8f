import GoujiTestSupport
import Testing

@Suite struct StockMismatchTests {
  /// Last year's report (2021): 行政规范性文件 2 made, 1 repealed, 15 in force (the builder's default).
  static let lastYear2021 = ReportBuilder().build()

  @Test(arguments: ReportBuilder.Form.allCases)
  func inForceThatDoesNotFollowFromLastYearIsReported(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(form: form, year: 2022).setting(.table2, "normativeDocuments", ["3", "0", "1️⃣17"]).build()
    check(
      text, rule: "GJ408",
      expected: [
        DiagnosticSpec(
          "1️⃣",
          message: "“行政规范性文件”的“现行有效件数”为17，按2021年度报告应为2021年报告的现行有效件数15 + 本年制发件数3 − 本年废止件数0 = 18",
          severity: .information
        )
      ], previous: Self.lastYear2021)
  }

  @Test func lastYearItemsOfThe2019FormatFollowLastYearsItemsAndChange() {
    // 2019's defaults: 行政许可 10 − 2, 行政处罚 5 + 1, 其他对外管理服务事项 3 + 0, 行政强制 0, 收费 1 + 0.
    let previous = ReportBuilder(.format2019, year: 2019).build()
    let text = ReportBuilder(.format2019)
      .setting(.table2, "licensing", ["1️⃣10", "0", "8"]).setting(.table2, "penalties", ["6", "0", "6"])
      .setting(.table2, "fees", ["1", "0"]).build()
    check(
      text, rule: "GJ408",
      expected: [
        DiagnosticSpec("1️⃣", message: "“行政许可”的“上一年项目数量”为10，按2019年度报告应为2019年报告的上一年项目数量10 + 2019年报告的本年增/减-2 = 8")
      ], previous: previous)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder(year: 2022).with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.labels["normativeDocuments"] = "行政规范性文件"
    }.setting(.table2, "normativeDocuments", ["3", "0", "1️⃣17"]).build()
    check(text, rule: "GJ408", expected: [DiagnosticSpec("1️⃣")], previous: Self.lastYear2021)
  }

  // MARK: Near misses

  @Test func inForceThatFollowsIsNotReported() {
    let text = ReportBuilder(year: 2022).setting(.table2, "normativeDocuments", ["3", "1", "17"]).build()
    check(text, rule: "GJ408", expected: [], previous: Self.lastYear2021)
  }

  @Test func reportsOfDifferentFormatsAreNotCompared() {
    let previous = ReportBuilder(.format2019).build()
    check(ReportBuilder().build(), rule: "GJ408", expected: [], previous: previous)
  }

  @Test func anUnreadableFigureOfLastYearIsNotCompared() {
    let previous = ReportBuilder().setting(.table2, "normativeDocuments", ["2", "1", "十五"]).build()
    let text = ReportBuilder(year: 2022).setting(.table2, "normativeDocuments", ["3", "0", "40"]).build()
    check(text, rule: "GJ408", expected: [], previous: previous)
  }

  @Test func aBlankFigureOfEitherYearIsNotCompared() {
    let blankThisYear = ReportBuilder(year: 2022).setting(.table2, "normativeDocuments", ["3", "0", ""]).build()
    check(blankThisYear, rule: "GJ408", expected: [], previous: Self.lastYear2021)
    let blankLastYear = ReportBuilder().setting(.table2, "normativeDocuments", ["2", "1", ""]).build()
    let text = ReportBuilder(year: 2022).setting(.table2, "normativeDocuments", ["3", "0", "40"]).build()
    check(text, rule: "GJ408", expected: [], previous: blankLastYear)
  }

  @Test func withoutLastYearsReportNothingIsCompared() {
    check(
      ReportBuilder().setting(.table2, "normativeDocuments", ["3", "0", "40"]).build(), rule: "GJ408", expected: [])
  }
}
