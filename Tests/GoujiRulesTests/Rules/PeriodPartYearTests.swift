import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct PeriodPartYearTests {
  @Test func secondHalfOfTheYearIsAWarningOverBothDates() throws {
    let text = ReportBuilder(.format2019).with {
      $0.preamble = "本报告所列数据的统计期限自1️⃣2020年7月1日起至2020年12月31日⏹止。"
    }.build()
    let analysis = check(
      text, rule: "GJ207",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "统计期限为2020年7月1日至2020年12月31日，不是报告年度全年（2020年1月1日至12月31日）；只统计部分年度的，应说明原因",
          severity: .warning
        )
      ])
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(diagnostic.message.en.contains("2020-7-1 to 2020-12-31, not the whole year 2020"))
    #expect(diagnostic.related.map(\.message.zh) == ["报告年度2020"])
  }

  @Test func periodEndingEarlyWithoutTheSecondYearIsReported() {
    let text = ReportBuilder(year: 2022).with {
      $0.preamble = "本报告统计期限为1️⃣2022 年 1 月 1 日至 11 月 30 日⏹。"
    }.build()
    check(text, rule: "GJ207", expected: [DiagnosticSpec("1️⃣", message: "统计期限为2022年1月1日至2022年11月30日")])
  }

  @Test(arguments: ["经机构改革新组建", "于2020年7月挂牌成立"])
  func statedReasonMakesItInformation(_ reason: String) {
    let text = ReportBuilder(.format2019).with {
      $0.preamble = "本局\(reason)。本报告所列数据的统计期限自1️⃣2020年7月1日起至2020年12月31日止。"
    }.build()
    check(text, rule: "GJ207", expected: [DiagnosticSpec("1️⃣", message: "正文说明了原因", severity: .information)])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let marked = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.preamble = "𠀀𠀀\n统计期限自1️⃣2021年3月1日起至2021年12月31日⏹止。"
    }.build()
    let analysis = check(marked, rule: "GJ207", expected: [DiagnosticSpec("1️⃣")])
    let text = SourceText(MarkedText(marked).text)
    let range = try #require(analysis.diagnostics.first?.range)
    #expect(text[range] == "2021年3月1日起至2021年12月31日")
    #expect(text.lineColumn(of: range.start, in: .utf16).column == 5)
  }

  // MARK: Near misses

  @Test(arguments: [
    "统计期限自2021年1月1日起至2021年12月31日止。",
    "统计期限为2021年1月1日至12月31日。",
    "统计期限自2021年1月起至2021年12月止。",  // no days written: not read
    "统计期限自2020年7月1日起至2020年12月31日止。",  // another year: GJ204's
  ])
  func wholeYearOrUnreadablePeriodIsNotReported(_ preamble: String) {
    checkClean(ReportBuilder().with { $0.preamble = preamble }.build(), rule: "GJ207")
  }

  @Test func datesOutsideThePeriodSentenceAreNotRead() {
    let text = ReportBuilder().with {
      $0.prose[6] = "本机关本年度未收取信息处理费。2021年7月1日起施行新的工作制度。"
    }.build()
    checkClean(text, rule: "GJ207")
  }

  @Test func examplesAreSilent() {
    for name in Fixtures.exampleNames { checkClean(Fixtures.example(name), rule: "GJ207") }
  }
}
