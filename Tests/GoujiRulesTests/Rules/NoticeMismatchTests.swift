import GoujiTestSupport
import Testing

@Suite struct NoticeMismatchTests {
  @Test func numberOfThe2019NoticeInA2021ReportIsReported() throws {
    let text = ReportBuilder().with {
      $0.preamble = "本报告按照1️⃣国办公开办函〔2019〕60号⏹要求编制。"
    }.build()
    check(
      text, rule: "GJ203",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "2021年度报告引用了国办公开办函〔2019〕60号，应为国办公开办函〔2021〕30号", severity: .warning,
          fixIsSafe: true
        )
      ])
    let fixed = try #require(checkFixes(text, rule: "GJ203", safe: true).first)
    #expect(fixed.contains("本报告按照国办公开办函〔2021〕30号要求编制。"))
  }

  @Test func titleAndNumberSideBySideAreOneFinding() throws {
    let text = ReportBuilder(year: 2022).with {
      $0.preamble = "本报告根据《1️⃣关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号⏹）编制。"
    }.build()
    check(text, rule: "GJ203", expected: [DiagnosticSpec("1️⃣", message: "2022年度报告引用了国办公开办函〔2019〕60号")])
    let fixed = try #require(checkFixes(text, rule: "GJ203", safe: true).first)
    #expect(fixed.contains("《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）"))
  }

  @Test(arguments: [
    "国办公开办函[2019]60号", "国办公开办函【2019】60号", "国办【2019】60号", "国办公开办函(2019)60号",
    "中华人民共和国政府信息公开工作年度报告格式（试行）",
    "国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知",
    "关于政府信息公开年度报告有关事项的通知",
  ])
  func spellingsOfThe2019NoticeAreRecognised(_ citation: String) {
    let prefix = citation.hasPrefix("国务院") ? "国务院办公厅政府信息与政务公开办公室" : ""
    let marked = prefix + "1️⃣" + citation.dropFirst(prefix.count)
    let text = ReportBuilder().with { $0.preamble = "按照《\(marked)⏹》编制。" }.build()
    check(text, rule: "GJ203", expected: [DiagnosticSpec("1️⃣", message: "应为国办公开办函〔2021〕30号")])
    checkFixes(text, rule: "GJ203", safe: true)
  }

  @Test func the2021NoticeInA2020ReportIsReported() throws {
    let text = ReportBuilder(.format2019).with {
      $0.preamble = "按照《1️⃣中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。"
    }.build()
    check(
      text, rule: "GJ203",
      expected: [
        DiagnosticSpec("1️⃣", message: "2020年度报告引用了国办公开办函〔2021〕30号，应为国办公开办函〔2019〕60号")
      ])
    let fixed = try #require(checkFixes(text, rule: "GJ203", safe: true).first)
    #expect(fixed.contains("《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）"))
  }

  @Test func citationsInDifferentSentencesAreSeparateFindings() {
    let text = ReportBuilder().with {
      $0.preamble = "依据1️⃣国办公开办函〔2019〕60号。另见2️⃣国办公开办函〔2019〕60号。"
    }.build()
    check(text, rule: "GJ203", expected: [DiagnosticSpec("1️⃣"), DiagnosticSpec("2️⃣")])
    checkFixes(text, rule: "GJ203", safe: true)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.preamble = "𠀀𠀀\n按照1️⃣国办【2019】60号⏹要求编制。"
    }.build()
    check(text, rule: "GJ203", expected: [DiagnosticSpec("1️⃣")])
    let fixed = try #require(checkFixes(text, rule: "GJ203", safe: true).first)
    #expect(fixed.contains("𠀀𠀀\r\n按照国办公开办函〔2021〕30号要求编制。\r\n"))
  }

  // MARK: Near misses

  @Test func noticeOfTheReportYearIsNotReported() {
    checkClean(ReportBuilder().build(), rule: "GJ203")
    checkClean(ReportBuilder(.format2019).build(), rule: "GJ203")
    checkClean(ReportBuilder(year: 2023).with { $0.preamble = "按照国办公开办函〔2021〕30号要求编制。" }.build(), rule: "GJ203")
  }

  @Test func otherDocumentsAreNotFormatNotices() {
    let text = ReportBuilder().with {
      $0.prose[6] = "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度未收取信息处理费。"
    }.build()
    checkClean(text, rule: "GJ203")
  }

  @Test func unknownYearIsNotReported() {
    let text = ReportBuilder().with {
      $0.title = "某市科学技术局政府信息公开工作年度报告"
      $0.preamble = "按照国办公开办函〔2019〕60号要求编制。"
    }.build()
    checkClean(text, rule: "GJ203")
  }
}
