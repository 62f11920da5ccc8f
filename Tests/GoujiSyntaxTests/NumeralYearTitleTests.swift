import GoujiText
import Testing

@testable import GoujiSyntax

/// A title whose year is written in Chinese numerals, digit by digit (`二〇二〇年`, corpus report `inv-2020-hanzi`,
/// round "unseen7"), over two lines (the agency, then the rest; html2text's `**…**` around each): the year is the
/// title's, never the statistics period's (a period copied from last year's report is the report's defect, GJ204).
@Suite struct NumeralYearTitleTests {
  private static let period = "本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。\r\n"

  @Test(arguments: [
    "**某某县𠀀溪商务局**\r\n\r\n**二〇二〇年政府信息公开工作年度报告**\r\n\r\n一、总体情况\r\n" + period,
    "某某县𠀀溪商务局\r\n二〇二〇年政府信息公开工作年度报告\r\n一、总体情况\r\n" + period,
    "某某县𠀀溪商务局二〇二〇年政府信息公开工作年度报告\r\n一、总体情况\r\n" + period,
  ])
  func theYearInNumeralsIsTheTitles(_ source: String) throws {
    let report = ReportReader.read(SourceText(source))
    let title = try #require(report.title)
    #expect(title.text == "某某县𠀀溪商务局二〇二〇年政府信息公开工作年度报告")
    #expect(title.agency == "某某县𠀀溪商务局")
    #expect(title.year == 2020 && report.reportYear == 2020)
    #expect(title.yearRange.map { report.text[$0] } == "二〇二〇")
  }

  /// Numerals that spell no year of the reports (`一二三四`) are part of the name, not a year.
  @Test func numeralsOutsideTheReportsYearsAreNoYear() {
    let report = ReportReader.read(SourceText("某某一二三四年政府信息公开工作年度报告\r\n一、总体情况\r\n" + Self.period))
    #expect(report.title?.year == nil)
    #expect(report.reportYear == 2019)
  }
}
