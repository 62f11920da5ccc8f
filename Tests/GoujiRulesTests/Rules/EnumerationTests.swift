import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct EnumerationTests {
  @Test func shiEnumerationThatSkipsIsReported() {
    let text = ReportBuilder().with { $0.prose[5] = "一是公开不够及时；1️⃣三是⏹解读不够全面。" }.build()
    check(text, rule: "GJ502", expected: [DiagnosticSpec("1️⃣", message: "序号从“一是”跳到“三是”", severity: .information)])
  }

  @Test func shiEnumerationThatRepeatsIsReported() {
    let text = ReportBuilder().with { $0.prose[5] = "一是公开不够及时；二是解读不够全面；三是平台建设滞后。1️⃣三是队伍建设不足。" }.build()
    check(text, rule: "GJ502", expected: [DiagnosticSpec("1️⃣", message: "序号“三是”重复")])
  }

  @Test func parenthesizedEnumerationAtLineStartsIsChecked() {
    let text = ReportBuilder().with {
      $0.prose[5] = "（一）存在的主要问题\n问题。\n1️⃣（三）改进措施\n措施。"
    }.build()
    check(text, rule: "GJ502", expected: [DiagnosticSpec("1️⃣", message: "序号从“（一）”跳到“（三）”")])
  }

  @Test func arabicEnumerationAtLineStartsIsChecked() {
    // Example 004's section 六: 1. 2. 3. 4. 6.
    let text = ReportBuilder().with {
      $0.prose[6] = "1.本年度未收取信息处理费。\n2.无。\n3.无。\n4.无。\n1️⃣6.⏹无。"
    }.build()
    check(text, rule: "GJ502", expected: [DiagnosticSpec("1️⃣", message: "序号从“4.”跳到“6.”")])
  }

  @Test func relatedLocationIsThePreviousNumber() throws {
    let marked = MarkedText(ReportBuilder().with { $0.prose[5] = "1️⃣一是问题一；三是问题三。" }.build())
    let analysis = Analyzer.analyze(SourceText(marked.text), configuration: configuration(selecting: "GJ502"))
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(diagnostic.related.map(\.range.start) == [marked.offset("1️⃣")])
    #expect(diagnostic.related.map(\.message.zh) == ["上一个序号"])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[5] = "𠀀一是𠀀问题；二是𠀀问题。1️⃣四是⏹𠀀问题。\n𠀀"
    }.build()
    check(text, rule: "GJ502", expected: [DiagnosticSpec("1️⃣", message: "序号从“二是”跳到“四是”")])
  }

  // MARK: Near misses

  @Test(arguments: ReportBuilder.Form.allCases)
  func tableRowNumbersAreNotEnumerations(_ form: ReportBuilder.Form) {
    // A missing row makes table 三's numbering skip (2. → 4.): GJ302's business, not GJ502's.
    checkClean(ReportBuilder(form: form).with { $0.omittedRows = ["withheld.security"] }.build(), rule: "GJ502")
  }

  @Test(arguments: [
    "坚持统一是原则，再三是不够的。",  // 一是 and 三是 inside words
    "1.2021年，我局规范性文件制定数为0。\n2.无。",  // 1. followed by a digit is a decimal, not a number
    "一是问题一；二是问题二。\n一是措施一；二是措施二。",  // 一是 starts again
    "（一）问题\n文中提到（三）项内容。\n（二）措施",  // （三） inside a line
    "一是问题；（一）措施；1.其他",  // three styles, counted apart
  ])
  func textThatIsInOrderOrNotAnEnumerationIsNotReported(_ prose: String) {
    checkClean(ReportBuilder().with { $0.prose[5] = prose }.build(), rule: "GJ502")
  }

  @Test func eachSectionCountsOnItsOwn() {
    let text = ReportBuilder().with {
      $0.prose[5] = "一是问题一；二是问题二。"
      $0.prose[6] = "二是本年度未收取信息处理费。"
    }.build()
    checkClean(text, rule: "GJ502")
  }

  @Test func examplesInOrderAreNotReported() {
    for name in Fixtures.exampleNames where !name.hasPrefix("004") {
      checkClean(Fixtures.example(name), rule: "GJ502")
    }
  }
}
