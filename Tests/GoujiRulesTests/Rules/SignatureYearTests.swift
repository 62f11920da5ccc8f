import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct SignatureYearTests {
  @Test func signedInTheReportYearIsReportedAtTheDate() throws {
    let text = ReportBuilder().with { $0.closing = "\n某市科学技术局\n1️⃣2021年1月20日⏹" }.build()
    let analysis = check(
      text, rule: "GJ209",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "落款日期2021年1月20日不晚于报告年度2021年，全年数据尚未产生；年度报告应在2022年发布", severity: .information
        )
      ])
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(diagnostic.message.en.contains("Signed 2021-1-20, not after the report year 2021"))
    #expect(diagnostic.related.map(\.message.zh) == ["报告年度2021"])
  }

  @Test func signedYearsLaterIsReported() {
    let text = ReportBuilder().with { $0.closing = "\n某市科学技术局　　1️⃣2024年1月20日" }.build()
    check(text, rule: "GJ209", expected: [DiagnosticSpec("1️⃣", message: "比报告年度2021年晚3年")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.closing = "\n𠀀市科学技术局 1️⃣2021年12月20日⏹"
    }.build()
    check(text, rule: "GJ209", expected: [DiagnosticSpec("1️⃣")])
  }

  // MARK: Near misses

  @Test(arguments: [
    "\n某市科学技术局\n2022年1月20日",  // the year after: the norm
    "\n某市科学技术局\n2022年3月20日",  // late is GJ403's
    "\n本机关将于2023年3月1日起施行新制度。",  // a date inside a sentence
  ])
  func signatureOfTheNextYearOrNoSignatureIsNotReported(_ closing: String) {
    checkClean(ReportBuilder().with { $0.closing = closing }.build(), rule: "GJ209")
  }

  @Test func titleWithoutYearIsNotCompared() {
    let text = ReportBuilder().with {
      $0.title = "某市科学技术局政府信息公开工作年度报告"
      $0.closing = "\n某市科学技术局\n2021年1月20日"
    }.build()
    checkClean(text, rule: "GJ209")
  }

  @Test func examplesAreSilent() {
    for name in Fixtures.exampleNames { checkClean(Fixtures.example(name), rule: "GJ209") }
  }
}
