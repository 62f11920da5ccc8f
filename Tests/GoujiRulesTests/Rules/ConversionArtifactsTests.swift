import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct ConversionArtifactsTests {
  @Test func imageOnItsOwnLineIsDeletedWithTheLine() throws {
    let text = ReportBuilder().with {
      $0.prose[4] = "本年度收到复议申请。\n1️⃣[image: 2e5680157276bf03a9961bb33999432]⏹\n以上为统计情况。"
    }.build()
    check(text, rule: "GJ503", expected: [
      DiagnosticSpec(
        "1️⃣", message: "转换遗留的标记“[image: 2e5680157276bf03a9961bb33999432]”", severity: .information, fixIsSafe: true
      )
    ])
    let fixed = try #require(checkFixes(text, rule: "GJ503", safe: true).first)
    #expect(fixed.contains("本年度收到复议申请。\n以上为统计情况。"))
  }

  @Test func bookmarkBeforeTextIsDeletedAlone() throws {
    let text = ReportBuilder().with { $0.prose[5] = "1️⃣[bookmark: _GoBack]⏹二是解读不够全面。" }.build()
    check(text, rule: "GJ503", expected: [DiagnosticSpec("1️⃣", message: "转换遗留的标记“[bookmark: _GoBack]”")])
    let fixed = try #require(checkFixes(text, rule: "GJ503", safe: true).first)
    #expect(fixed.contains("\n二是解读不够全面。\n"))
  }

  @Test(arguments: ReportBuilder.Form.allCases)
  func bookmarkGluedToATableLabelIsDeleted(_ form: ReportBuilder.Form) throws {
    // Example 004: [bookmark: _Hlk…] at the start of row labels.
    let text = ReportBuilder(form: form).with {
      $0.labels["withheld.prohibited"] = "1️⃣[bookmark: _Hlk66974104]2.其他法律行政法规禁止公开"
    }.build()
    check(text, rule: "GJ503", expected: [DiagnosticSpec("1️⃣", message: "“[bookmark: _Hlk66974104]”")])
    let fixed = try #require(checkFixes(text, rule: "GJ503", safe: true).first)
    #expect(fixed == ReportBuilder(form: form).build())
  }

  @Test func emphasisPairIsOneFinding() throws {
    // Example 001: **二是** from a web page.
    let text = ReportBuilder().with { $0.prose[5] = "一是公开不够及时；1️⃣**二是**⏹解读不够全面；2️⃣**⏹三是平台滞后。" }.build()
    check(text, rule: "GJ503", expected: [
      DiagnosticSpec("1️⃣", message: "转换遗留的标记“**”“**”"), DiagnosticSpec("2️⃣", message: "转换遗留的标记“**”"),
    ])
    let fixed = checkFixes(text, rule: "GJ503", safe: true)
    #expect(fixed.first?.contains("一是公开不够及时；二是解读不够全面；**三是平台滞后。") == true)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[4] = "𠀀𠀀\n1️⃣[image: 𠀀]\n𠀀2️⃣**一是**𠀀"
    }.build()
    check(text, rule: "GJ503", expected: [DiagnosticSpec("1️⃣"), DiagnosticSpec("2️⃣")])
    let fixed = try #require(checkFixes(text, rule: "GJ503", safe: true).first)
    #expect(fixed.contains("𠀀𠀀\r\n𠀀**一是**𠀀\r\n"))
    #expect(Analyzer.applyingSafeFixes(SourceText(MarkedText(text).text)).text.string.contains("𠀀𠀀\r\n𠀀一是𠀀\r\n"))
  }

  // MARK: Near misses

  @Test func bracketsAndStarsThatAreTextAreNotLeftovers() {
    let text = ReportBuilder().with { $0.prose[5] = "[注]本节数据截至年底。面积为3*4米。【图片】略。" }.build()
    checkClean(text, rule: "GJ503")
  }
}
