import GoujiFormats
import Testing

@testable import GoujiAnalysis

/// The notices that define the formats, as their data (`GoujiFormats`) and their hover text.
@Suite struct FormatNoticeHoverTests {
  @Test func metadata() {
    let trial = ReportFormats.format(.format2019)
    #expect(trial.notice.number == "国办公开办函〔2019〕60号")
    #expect(trial.citedNoticeTitle == "《关于政府信息公开工作年度报告有关事项的通知》")
    #expect(trial.notice.formatTitle == "中华人民共和国政府信息公开工作年度报告格式（试行）")
    let revised = ReportFormats.format(.format2021)
    #expect(revised.notice.number == "国办公开办函〔2021〕30号")
    #expect(revised.notice.date == "2021-09-26")
    #expect(revised.notice.fullTitle.contains("〈中华人民共和国政府信息公开工作年度报告格式〉"))
    #expect(revised.notice.fullTitle.hasSuffix(revised.notice.noticeTitle))
  }

  @Test func reportYears() {
    #expect(ReportFormats.format(forYear: 2018)?.id == nil)
    #expect(ReportFormats.format(forYear: 2019)?.id == .format2019)
    #expect(ReportFormats.format(forYear: 2020)?.id == .format2019)
    #expect(ReportFormats.format(forYear: 2021)?.id == .format2021)
    #expect(ReportFormats.format(forYear: 2024)?.id == .format2021)
    #expect(ReportFormats.format(.format2019).reportYears == "2019—2020年度")
    #expect(ReportFormats.format(.format2021).reportYears == "2021年度起")
  }

  @Test func hoverText() {
    let markdown = ReportFormats.format(.format2021).noticeMarkdown
    #expect(markdown.hasPrefix("**国办公开办函〔2021〕30号 《国务院办公厅政府信息与政务公开办公室关于印发"))
    #expect(markdown.hasSuffix("*适用于2021年度起的政府信息公开工作年度报告。*"))
    #expect(ReportFormats.format(.format2019).noticePlainText.contains("适用于2019—2020年度"))
  }
}
