import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct RectificationNotReportedTests {
  @Test(arguments: [2021, 2022, 2024])
  func section5WithoutLastYearIsHintedAtItsHeading(_ year: Int) throws {
    let text = ReportBuilder(year: year).with {
      $0.headings[5] = "1️⃣五、存在的主要问题及改进情况⏹"
      $0.prose[5] = "（一）存在的主要问题\n一是公开内容不够全面。\n（二）改进措施\n一是加强业务培训。"
    }.build()
    let analysis = check(
      text, rule: "GJ410",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "第五部分没有提到上年度问题的整改情况（通常先报告上年度问题的整改，再写本年度的问题和改进措施）",
          severity: .hint
        )
      ])
    #expect(
      analysis.diagnostics.first?.message.en.hasPrefix("Section 五 says nothing of how last year's problems") == true)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.headings[5] = "　1️⃣五、存在的主要问题及改进情况"
      $0.prose[5] = "𠀀一是公开不够及时。\n二是加强培训。"
    }.build()
    check(text, rule: "GJ410", expected: [DiagnosticSpec("1️⃣")])
  }

  // MARK: Near misses

  @Test(arguments: [
    "（一）上年度问题整改情况\n针对公开不及时的问题，已建立台账。\n（二）存在的主要问题\n一是解读形式单一。",
    "去年报告中提出的问题已全部解决。本年度存在的问题是解读形式单一。",
    "一是公开不够及时，已立行立改、持续整改。",
    "对照2020年度报告，相关问题均已落实。",
  ])
  func section5ThatSpeaksOfLastYearIsNotHinted(_ prose: String) {
    checkClean(ReportBuilder().with { $0.prose[5] = prose }.build(), rule: "GJ410")
  }

  @Test func reportsBefore2021AreNotAsked() {
    checkClean(ReportBuilder(.format2019).build(), rule: "GJ410")
  }

  @Test func missingOrEmptySection5IsLeftToOtherRules() {
    checkClean(ReportBuilder().with { $0.omittedSections = [5] }.build(), rule: "GJ410")
    checkClean(ReportBuilder().with { $0.prose[5] = "" }.build(), rule: "GJ410")
  }

  @Test func examplesHintedAreTheOnesThatSayNothingOfLastYear() {
    // 002 and 003 (2021) state this year's problems and measures only; 004 (2022) speaks of 整改; 000 and 001 are
    // 2020 reports.
    for name in Fixtures.exampleNames {
      let expected = ["002", "003"].contains(String(name.prefix(3))) ? 1 : 0
      let codes = Analyzer.analyze(SourceText(Fixtures.example(name)), configuration: configuration(selecting: "GJ410"))
        .diagnostics.map(\.code)
      #expect(codes == Array(repeating: "GJ410", count: expected), "\(name)")
    }
  }
}
