import GoujiTestSupport
import Testing

@Suite struct SectionTitleTests {
  @Test func differentWordingIsAWarningWithASafeFix() {
    let text = ReportBuilder().with { $0.headings[1] = "1️⃣一、政务信息公开总体情况⏹" }.build()
    check(
      text, rule: "GJ103",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "标题“一、政务信息公开总体情况”应为“一、总体情况”", severity: .warning, fixIsSafe: true
        )
      ])
    let fixed = checkFixes(text, rule: "GJ103", safe: true)
    #expect(fixed == [ReportBuilder().build()])
  }

  @Test(arguments: [
    ("四、政府信息公开行政复议和行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况"),
    ("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况"),
    ("五、政府信息公开工作存在的主要问题及改进情况", "五、存在的主要问题及改进情况"),
    ("五、存在问题及改进情况", "五、存在的主要问题及改进情况"),
  ])
  func knownVariantIsInformation(_ heading: String, _ canonical: String) {
    let number = heading.hasPrefix("四") ? 4 : 5
    let text = ReportBuilder().with { $0.headings[number] = "1️⃣" + heading }.build()
    check(
      text, rule: "GJ103",
      expected: [
        DiagnosticSpec("1️⃣", message: "标题“\(heading)”是常见写法，规范标题为“\(canonical)”", severity: .information)
      ])
    checkFixes(text, rule: "GJ103", safe: true)
  }

  @Test func wrongNumberIsAWarning() {
    let text = ReportBuilder().with { $0.headings[6] = "1️⃣七、其他需要报告的事项" }.build()
    check(
      text, rule: "GJ103",
      expected: [
        DiagnosticSpec("1️⃣", message: "标题“七、其他需要报告的事项”应为“六、其他需要报告的事项”", severity: .warning)
      ])
    checkFixes(text, rule: "GJ103", safe: true)
  }

  @Test func extraCharacterIsAWarning() {
    let text = ReportBuilder(.format2019).with { $0.headings[2] = "1️⃣二、主动公开政府信息情况况" }.build()
    check(text, rule: "GJ103", expected: [DiagnosticSpec("1️⃣", message: "应为“二、主动公开政府信息情况”")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.headings[5] = "　1️⃣五、𠀀存在的主要问题及改进情况⏹"
    }.build()
    check(text, rule: "GJ103", expected: [DiagnosticSpec("1️⃣", message: "标题“五、𠀀存在的主要问题及改进情况”应为")])
    let fixed = try #require(checkFixes(text, rule: "GJ103", safe: true).first)
    #expect(fixed.contains("\r\n　五、存在的主要问题及改进情况\r\n"))
  }

  @Test(arguments: [
    ("第一部分 总体情况", "第一部分 总体情况"), ("第一部分　总体情况", "第一部分 总体情况"),
    ("第一部分：总体情况", "第一部分 总体情况"), ("第1部分总体情况", "第1部分 总体情况"),
  ])
  func partNumberingIsAWarningWithASafeFix(_ heading: String, _ named: String) {
    let text = ReportBuilder().with { $0.headings[1] = "1️⃣\(heading)⏹" }.build()
    check(
      text, rule: "GJ103",
      expected: [
        DiagnosticSpec("1️⃣", message: "标题“\(named)”应为“一、总体情况”", severity: .warning, fixIsSafe: true)
      ])
    #expect(checkFixes(text, rule: "GJ103", safe: true) == [ReportBuilder().build()])
  }

  @Test func aBoldPartHeadingIsReplacedInsideItsMarks() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.headings[4] = "**1️⃣第四部分 政府信息公开行政复议和行政诉讼情况⏹**"
    }.build()
    check(
      text, rule: "GJ103",
      expected: [
        DiagnosticSpec("1️⃣", message: "标题“第四部分 政府信息公开行政复议和行政诉讼情况”应为“四、政府信息公开行政复议、行政诉讼情况”")
      ])
    let fixed = try #require(checkFixes(text, rule: "GJ103", safe: true).first)
    #expect(fixed.contains("\r\n**四、政府信息公开行政复议、行政诉讼情况**\r\n"))
  }

  // MARK: Near misses

  @Test(arguments: [
    "⼀、总体情况",  // Kangxi radical (GJ501 reports the character)
    "一、总 体 情 况",  // broken by spaces, as PDF text does
    "一．总体情况",  // another separator
    "**一、总体情况**",  // a leftover (GJ503)
    "[bookmark: _GoBack]一、总体情况",
  ])
  func canonicalTitleWrittenDifferentlyIsNotReported(_ heading: String) {
    checkClean(ReportBuilder().with { $0.headings[1] = heading }.build(), rule: "GJ103")
  }
}
