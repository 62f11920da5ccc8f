import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct PeriodMismatchTests {
  @Test func periodOfTheYearBeforeIsReportedOncePerYear() throws {
    let text = ReportBuilder().with {
      $0.preamble = "本报告所列数据的统计期限自1️⃣2020⏹年1月1日起至2️⃣2020⏹年12月31日止。"
    }.build()
    check(
      text, rule: "GJ204",
      expected: [
        DiagnosticSpec("1️⃣", message: "统计期限写的是2020年，报告年度是2021年", severity: .warning, fixIsSafe: false),
        DiagnosticSpec("2️⃣", message: "统计期限写的是2020年，报告年度是2021年"),
      ])
    let fixed = checkFixes(text, rule: "GJ204", safe: false)
    #expect(fixed.allSatisfy { $0.contains("统计期限自2021年1月1日起至2020年12月31日止") || $0.contains("自2020年1月1日起至2021年12月31日止") })
  }

  @Test func oneWrongYearOfThePeriodIsReported() {
    let text = ReportBuilder(year: 2022).with {
      $0.preamble = "本报告所列数据统计期限为2022年1月1日至1️⃣2023年12月31日。"
    }.build()
    check(text, rule: "GJ204", expected: [DiagnosticSpec("1️⃣", message: "统计期限写的是2023年，报告年度是2022年")])
  }

  @Test func statementOfThePublishedYearIsReported() {
    let text = ReportBuilder().with {
      $0.preamble = "现向社会公布1️⃣2020年度政府信息公开工作年度报告。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
    }.build()
    check(text, rule: "GJ204", expected: [DiagnosticSpec("1️⃣", message: "此处写的是2020年度，报告年度是2021年")])
    checkFixes(text, rule: "GJ204", safe: false)
  }

  @Test func relatedLocationIsTheTitleYear() throws {
    let marked = MarkedText(
      ReportBuilder().with {
        $0.title = "某市科学技术局\n1️⃣2021年政府信息公开工作年度报告"
        $0.preamble = "统计期限自2020年1月1日起至2021年12月31日止。"
      }.build())
    let analysis = Analyzer.analyze(SourceText(marked.text), configuration: configuration(selecting: "GJ204"))
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(diagnostic.related.map(\.range.start) == [marked.offset("1️⃣")])
    #expect(diagnostic.related.map(\.message.zh) == ["报告年度2021"])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.preamble = "𠀀𠀀\n本报告所列数据的统计期限自1️⃣2020年1月1日起至2021年12月31日止。"
    }.build()
    check(text, rule: "GJ204", expected: [DiagnosticSpec("1️⃣")])
    let fixed = try #require(checkFixes(text, rule: "GJ204", safe: false).first)
    #expect(fixed.contains("𠀀𠀀\r\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\r\n"))
  }

  // MARK: Near misses

  @Test func otherYearsInTheTextAreNotReported() {
    // Plans for next year, the signature date, last year's comparison.
    let text = ReportBuilder().with {
      $0.prose[5] = "2022年，本机关将进一步加强政务公开工作。与2020年相比，依申请公开数量有所增加。"
    }.build()
    checkClean(text, rule: "GJ204")
  }

  @Test func titleWithoutYearIsNotCompared() {
    // The year then comes from these very statements: nothing to compare them with.
    let text = ReportBuilder().with {
      $0.title = "某市科学技术局政府信息公开工作年度报告"
      $0.preamble = "现向社会公布2020年度政府信息公开工作年度报告。统计期限自2021年1月1日起至2021年12月31日止。"
    }.build()
    checkClean(text, rule: "GJ204")
  }
}
