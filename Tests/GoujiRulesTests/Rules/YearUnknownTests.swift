import GoujiTestSupport
import Testing

@Suite struct YearUnknownTests {
  static let preambleWithoutYear = "本报告根据《中华人民共和国政府信息公开条例》要求编制。"

  @Test func titleAndPeriodWithoutYearIsReportedAtTheTitle() {
    let text = ReportBuilder().with {
      $0.title = "1️⃣某市科学技术局政府信息公开工作年度报告⏹"
      $0.preamble = Self.preambleWithoutYear
    }.build()
    // Years in the prose (2021年，本机关…) are not statements of the covered year.
    check(
      text, rule: "GJ201",
      expected: [
        DiagnosticSpec("1️⃣", message: "无法确定报告年度：标题和统计期限中都没有写明年度", severity: .warning)
      ])
  }

  @Test func noTitleAtAllIsReportedAtTheStart() {
    let text = ReportBuilder().with {
      $0.title = "1️⃣关于政府信息公开工作的说明"
      $0.preamble = Self.preambleWithoutYear
    }.build()
    check(text, rule: "GJ201", expected: [DiagnosticSpec("1️⃣", message: "无法确定报告年度")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      // The title starts at 𠀀: an ideograph of extension B belongs to the agency's name like any other.
      $0.title = "（𠀀，草稿）\n1️⃣𠀀某市科学技术局政府信息公开工作年度报告⏹"
      $0.preamble = Self.preambleWithoutYear
    }.build()
    check(text, rule: "GJ201", expected: [DiagnosticSpec("1️⃣")])
  }

  // MARK: Near misses

  @Test(arguments: [
    "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
    "现向社会公布2021年度政府信息公开工作年度报告。",
  ])
  func yearStatedOutsideTheTitleIsEnough(_ preamble: String) {
    let text = ReportBuilder().with {
      $0.title = "某市科学技术局政府信息公开工作年度报告"
      $0.preamble = preamble
    }.build()
    checkClean(text, rule: "GJ201")
  }

  @Test func titleYearIsEnough() {
    checkClean(ReportBuilder().with { $0.preamble = Self.preambleWithoutYear }.build(), rule: "GJ201")
  }
}
