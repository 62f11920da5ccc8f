import GoujiTestSupport
import Testing

@Suite struct FeeNotReportedTests {
  @Test(arguments: [2021, 2022, 2024])
  func section6WithoutTheFeeIsReportedAtItsHeading(_ year: Int) {
    let text = ReportBuilder(year: year).with {
      $0.headings[6] = "1️⃣六、其他需要报告的事项⏹"
      $0.prose[6] = "无。"
    }.build()
    check(
      text, rule: "GJ404",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "第六部分没有说明信息处理费的收取情况（2021年格式要求报告，未收取也应说明）", severity: .information
        )
      ])
  }

  @Test func feeMentionedOnlyInSection1DoesNotCount() {
    // Example 002: 另外，我单位暂不涉及收费项目 in section 一, 无其它需要报告的事项 in 六.
    let text = ReportBuilder().with {
      $0.prose[1] = "2021年，本机关未收取信息处理费。"
      $0.headings[6] = "1️⃣六、其他需要报告的事项"
      $0.prose[6] = "无其它需要报告的事项。"
    }.build()
    check(text, rule: "GJ404", expected: [DiagnosticSpec("1️⃣")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.headings[6] = "　1️⃣六、其他需要报告的事项"
      $0.prose[6] = "𠀀无。"
    }.build()
    check(text, rule: "GJ404", expected: [DiagnosticSpec("1️⃣")])
  }

  // MARK: Near misses

  @Test(arguments: [
    "本机关本年度未收取信息处理费。",
    "依据《政府信息公开信息处理费管理办法》，本机关没有收取信息公开处理费。",
    "本年度收取信息处理费0元。",
    "本年度未收取信息处⼀理费用。".replacingOccurrences(of: "⼀", with: ""),
  ])
  func section6ThatSpeaksOfTheFeeIsNotReported(_ prose: String) {
    checkClean(ReportBuilder().with { $0.prose[6] = prose }.build(), rule: "GJ404")
  }

  @Test func reportsBefore2021AreNotAsked() {
    checkClean(ReportBuilder(.format2019).with { $0.prose[6] = "无。" }.build(), rule: "GJ404")
    checkClean(Fixtures.example("000_212ac920282683c5.txt"), rule: "GJ404")
  }

  @Test func missingSection6IsGJ101s() {
    checkClean(ReportBuilder().with { $0.omittedSections = [6] }.build(), rule: "GJ404")
  }

  @Test func unknownYearIsNotAsked() {
    let text = ReportBuilder().with {
      $0.title = "某市科学技术局政府信息公开工作年度报告"
      $0.preamble = ""
      $0.prose[6] = "无。"
    }.build()
    checkClean(text, rule: "GJ404")
  }
}
