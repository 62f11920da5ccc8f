import Testing

@testable import GoujiStatutes

/// Finds the notice mentions in `marked` and compares their ranges and notices with the marker pairs.
func checkNotices(
  _ marked: String, _ expected: [(String, String, FormatNotice.ID, NoticeCitation.Form)],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let text = MarkedText(marked)
  let wanted = expected.map { NoticeCitation(range: text.range($0.0, $0.1), noticeID: $0.2, form: $0.3) }
  #expect(NoticeCitationFinder.citations(in: text.text) == wanted, sourceLocation: sourceLocation)
}

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

  @Test func documentNumbers() {
    checkNotices("按照1️⃣国办公开办函〔2021〕30号2️⃣要求", [("1️⃣", "2️⃣", .revised2021, .documentNumber)])
    checkNotices("1️⃣国办公开办函[2021]30号2️⃣", [("1️⃣", "2️⃣", .revised2021, .documentNumber)])
    checkNotices("1️⃣国办公开办函【2019】60号2️⃣", [("1️⃣", "2️⃣", .trial2019, .documentNumber)])
    checkNotices("(1️⃣国办【2019】60号2️⃣)", [("1️⃣", "2️⃣", .trial2019, .documentNumber)])
    checkNotices("1️⃣国办公开办函 〔 2021 〕 30 号2️⃣", [("1️⃣", "2️⃣", .revised2021, .documentNumber)])
  }

  @Test func otherDocumentNumbersAreIgnored() {
    checkNotices("国办函〔2020〕109号", [])
    checkNotices("国办公开办函〔2019〕61号", [])
    checkNotices("国办发〔2019〕60号", [])
  }

  @Test func titles() {
    checkNotices("根据1️⃣《关于政府信息公开工作年度报告有关事项的通知》2️⃣", [("1️⃣", "2️⃣", .trial2019, .title)])
    checkNotices(
      "按照1️⃣《中华人民共和国政府信息公开工作年度报告格式（试行）》2️⃣", [("1️⃣", "2️⃣", .trial2019, .title)]
    )
    checkNotices("按照1️⃣《中华人民共和国政府信息公开工作年度报告格式》2️⃣", [("1️⃣", "2️⃣", .revised2021, .title)])
    checkNotices(
      "根据1️⃣《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》2️⃣规定",
      [("1️⃣", "2️⃣", .trial2019, .title)]
    )
    checkNotices(
      "1️⃣国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知2️⃣",
      [("1️⃣", "2️⃣", .revised2021, .title)]
    )
  }

  @Test func titleWithCompatibilityCharacters() {
    // ⼈ U+2F08 for 人, ⼯ U+2F2F for 工.
    checkNotices(
      "1️⃣中华\u{2F08}民共和国政府信息公开\u{2F2F}作年度报告格式2️⃣",
      [("1️⃣", "2️⃣", .revised2021, .title)]
    )
  }

  @Test func noticeAtOffset() {
    let text = "依据国办公开办函〔2021〕30号"
    #expect(NoticeCitationFinder.citation(at: 6, in: text)?.noticeID == .revised2021)
    #expect(NoticeCitationFinder.citation(at: 0, in: text) == nil)
  }
}
