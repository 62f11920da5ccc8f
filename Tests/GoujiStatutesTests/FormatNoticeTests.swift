import Testing

@testable import GoujiStatutes

@Suite struct FormatNoticeTests {
  @Test func metadata() {
    let trial = FormatNotices.trial2019
    #expect(trial.documentNumber == "国办公开办函〔2019〕60号")
    #expect(trial.citedTitle == "《关于政府信息公开工作年度报告有关事项的通知》")
    #expect(trial.formatTitle == "中华人民共和国政府信息公开工作年度报告格式（试行）")
    let revised = FormatNotices.revised2021
    #expect(revised.documentNumber == "国办公开办函〔2021〕30号")
    #expect(revised.date == "2021-09-26")
    #expect(revised.title.contains("〈中华人民共和国政府信息公开工作年度报告格式〉"))
  }

  @Test func reportYears() {
    #expect(FormatNotices.notice(forReportYear: 2018) == nil)
    #expect(FormatNotices.notice(forReportYear: 2019)?.id == .trial2019)
    #expect(FormatNotices.notice(forReportYear: 2020)?.id == .trial2019)
    #expect(FormatNotices.notice(forReportYear: 2021)?.id == .revised2021)
    #expect(FormatNotices.notice(forReportYear: 2024)?.id == .revised2021)
    #expect(FormatNotices.trial2019.reportYears == "2019—2020年度")
    #expect(FormatNotices.revised2021.reportYears == "2021年度起")
  }

  @Test func hoverText() {
    let markdown = FormatNotices.revised2021.markdown
    #expect(markdown.hasPrefix("**国办公开办函〔2021〕30号 《国务院办公厅政府信息与政务公开办公室关于印发"))
    #expect(markdown.hasSuffix("*适用于2021年度起的政府信息公开工作年度报告。*"))
    #expect(FormatNotices.trial2019.plainText.contains("适用于2019—2020年度"))
  }
}
