import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct PlanYearTests {
  @Test(arguments: ["1️⃣2021⏹年，我局将进一步加强政策解读。", "1️⃣2021⏹年本局将继续做好依申请公开工作。", "1️⃣2021⏹年将重点做好以下工作。"])
  func planDatedWithTheReportYearIsReportedAtTheYear(_ plan: String) throws {
    let text = ReportBuilder().with { $0.prose[5] = "（一）存在的主要问题\n公开内容不够全面。\n（二）改进措施\n" + plan }.build()
    let analysis = check(
      text, rule: "GJ208",
      expected: [
        DiagnosticSpec("1️⃣", message: "报告年度是2021年，计划应是2022年的", severity: .warning, fixIsSafe: false)
      ])
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(diagnostic.message.en.contains("the report year is 2021, so plans are for 2022"))
    let fixed = try #require(checkFixes(text, rule: "GJ208", safe: false).first)
    #expect(fixed.contains(MarkedText(plan).text.replacingFirst("2021", with: "2022")))
  }

  @Test func messageQuotesThePhraseAsWritten() {
    let text = ReportBuilder(year: 2022).with { $0.prose[5] = "1️⃣2022年，我局将持续加强培训。" }.build()
    check(text, rule: "GJ208", expected: [DiagnosticSpec("1️⃣", message: "改进计划写作“2022年，我局将…”")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[5] = "𠀀问题：培训不足。\n𠀀1️⃣2021⏹年，本局将加强培训。"
    }.build()
    check(text, rule: "GJ208", expected: [DiagnosticSpec("1️⃣")])
    let fixed = try #require(checkFixes(text, rule: "GJ208", safe: false).first)
    #expect(fixed.contains("𠀀问题：培训不足。\r\n𠀀2022年，本局将加强培训。\r\n"))
  }

  /// A subject may hold an ideograph outside the BMP (`我𠀀局`), as agency names do; a digit or a symbol ends it.
  @Test func subjectWithAnAstralIdeographIsASubject() {
    let text = ReportBuilder().with { $0.prose[5] = "1️⃣2021⏹年，我𠀀局将加强培训。\n2021年，我😀局将加强培训。" }.build()
    check(text, rule: "GJ208", expected: [DiagnosticSpec("1️⃣", message: "改进计划写作“2021年，我𠀀局将…”")])
  }

  // MARK: Near misses

  @Test(arguments: [
    "2022年，我局将进一步加强政策解读。",  // next year: right
    "2021年，我局已将政务公开纳入绩效考核。",  // done, not planned
    "2021年将政务公开工作纳入年度考核。",  // 将 before a noun: what was done
    "2021年在上级指导下，本局公开工作取得成效。",
  ])
  func otherYearsAndPastWorkAreNotReported(_ prose: String) {
    checkClean(ReportBuilder().with { $0.prose[5] = prose }.build(), rule: "GJ208")
  }

  @Test func plansOutsideSection5AreNotRead() {
    let text = ReportBuilder().withoutFigures().with {
      $0.prose[1] = "2021年，本机关将进一步加强政务公开工作，全年主动公开政府信息52条。"
    }.build()
    checkClean(text, rule: "GJ208")
  }

  @Test func planWithoutPunctuationBeforeTheYearIsRead() {
    // Example 004, line 415: `…取得了一定的成绩2022年本局将在以下几方面作进一步的加强和改进`.
    let text = Fixtures.example("004_b1d7aab7bdee8be9.txt").marking("2022年本局将在以下几方面", with: "1️⃣")
    check(text, rule: "GJ208", expected: [DiagnosticSpec("1️⃣", message: "改进计划写作“2022年本局将…”")])
  }

  @Test func otherExamplesAreSilent() {
    for name in Fixtures.exampleNames where !name.hasPrefix("004") { checkClean(Fixtures.example(name), rule: "GJ208") }
  }
}
