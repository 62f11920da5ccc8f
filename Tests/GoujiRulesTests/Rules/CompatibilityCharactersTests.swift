import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct CompatibilityCharactersTests {
  @Test func kangxiRadicalsAreReportedOncePerLine() throws {
    let text = ReportBuilder().with {
      $0.title = "周1️⃣⼝市科技局\n2021年政府信息公开2️⃣⼯作年度报告"
      $0.prose[5] = "3️⃣⼀是⼯作⼈员⼒量不⾜⏹。"
    }.build()
    check(text, rule: "GJ501", expected: [
      DiagnosticSpec("1️⃣", message: "本行有 1 个兼容字符（⼝→口）", severity: .warning, fixIsSafe: true),
      DiagnosticSpec("2️⃣", message: "本行有 1 个兼容字符（⼯→工）"),
      DiagnosticSpec("3️⃣", message: "本行有 5 个兼容字符（⼀→一、⼯→工、⼈→人、⼒→力…）"),
    ])
  }

  @Test func radicalsSupplementCompatibilityIdeographsAndFullWidthDigitsAreReported() {
    let text = ReportBuilder().with {
      $0.prose[5] = "1️⃣⻔⼾⽹站⻓期⺠⏹生。\n2️⃣\u{F900}有此理。\n全年3️⃣２０２１⏹条。"
    }.build()
    check(text, rule: "GJ501", expected: [
      DiagnosticSpec("1️⃣", message: "本行有 5 个兼容字符（⻔→门、⼾→户、⽹→网、⻓→长…）"),
      DiagnosticSpec("2️⃣", message: "本行有 1 个兼容字符（\u{F900}→\u{8C48}）"),
      DiagnosticSpec("3️⃣", message: "本行有 4 个兼容字符（２→2、０→0、２→2、１→1）"),
    ])
  }

  @Test func lineFixReplacesTheLineAndFixingAllReplacesEverything() throws {
    let text = ReportBuilder().with {
      $0.title = "周⼝市科技局\n2021年政府信息公开⼯作年度报告"
      $0.prose[5] = "⼀是⼯作⼈员⼒量不⾜。"
    }.build()
    let fixed = checkFixes(text, rule: "GJ501", safe: true)
    // One fix per finding, for its own line only (the editor's "fix all of GJ501" combines them).
    #expect(fixed.count == 3)
    #expect(fixed[0].hasPrefix("周口市科技局\n2021年政府信息公开⼯作年度报告"))
    #expect(fixed[1].hasPrefix("周⼝市科技局\n2021年政府信息公开工作年度报告"))
    let clean = ReportBuilder().with {
      $0.title = "周口市科技局\n2021年政府信息公开工作年度报告"
      $0.prose[5] = "一是工作人员力量不足。"
    }.build()
    #expect(Analyzer.applyingSafeFixes(SourceText(text)).text.string == clean)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[5] = "𠀀𠀀1️⃣⼯作𠀀⼈⏹员\n𠀀"
    }.build()
    check(text, rule: "GJ501", expected: [DiagnosticSpec("1️⃣", message: "本行有 2 个兼容字符（⼯→工、⼈→人）")])
    let fixed = try #require(checkFixes(text, rule: "GJ501", safe: true).first)
    #expect(fixed.contains("\r\n𠀀𠀀工作𠀀人员\r\n𠀀\r\n"))
  }

  // MARK: Near misses

  @Test func fullWidthPunctuationSpacesAndRareIdeographsAreNotCompatibilityCharacters() {
    let text = ReportBuilder().with {
      $0.prose[5] = "（一）存在的问题：公开不够及时；\u{3000}\u{00A0}解读“不够”全面！ＡＢＣ𠀀𠀁。"
    }.build()
    checkClean(text, rule: "GJ501")
  }

  @Test func examplesWithoutCompatibilityCharactersAreClean() {
    for name in Fixtures.exampleNames where !name.hasPrefix("003") {
      checkClean(Fixtures.example(name), rule: "GJ501")
    }
  }
}
