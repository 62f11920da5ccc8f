import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct ConversionArtifactsTests {
  @Test func imageOnItsOwnLineIsDeletedWithTheLine() throws {
    let text = ReportBuilder().with {
      $0.prose[4] = "本年度收到复议申请。\n1️⃣[image: 2e5680157276bf03a9961bb33999432]⏹\n以上为统计情况。"
    }.build()
    check(
      text, rule: "GJ503",
      expected: [
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
    check(
      text, rule: "GJ503",
      expected: [
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

  // MARK: A pictured table's trace

  /// Section 三's table published as a picture, its trace `[image: 表三.png]` alone in the table's place (GJ308 there),
  /// beside two ordinary leftovers: one inside section 三's prose, one on a line of its own in section 五; CRLF, 𠀀.
  private static let picturedTable = ReportBuilder().with {
    $0.lineEnding = "\r\n"
    $0.omittedTables = [.table3]
    $0.prose[3] = "𠀀本部分1️⃣[image: 图标]⏹统计表如下：\n\n[image: 表三.png]"
    $0.prose[5] = "𠀀问题如下。\n2️⃣[image: 3f2a]⏹\n一是公开不够及时。"
  }.build()

  @Test func aPicturedTablesTraceIsNoLeftover() {
    check(Self.picturedTable, rule: "GJ503", expected: [DiagnosticSpec("1️⃣"), DiagnosticSpec("2️⃣")])
    // Each fix on its own brings no new diagnostic: no GJ301.
    checkFixes(Self.picturedTable, rule: "GJ503", safe: true)
  }

  /// `gouji check --fix`'s fixed point and the fix-all code action delete the leftovers and keep the trace: the
  /// table stays unread at its trace (GJ308), not missing (GJ301).
  @Test func fixingEveryLeftoverKeepsTheTrace() {
    let text = SourceText(MarkedText(Self.picturedTable).text)
    let fixed = Analyzer.applyingSafeFixes(text).text
    #expect(fixed.string.contains("𠀀本部分统计表如下：\r\n\r\n[image: 表三.png]\r\n"))
    #expect(fixed.string.contains("𠀀问题如下。\r\n一是公开不够及时。"))
    let diagnostics = Analyzer.analyze(fixed).diagnostics
    #expect(!diagnostics.contains { $0.code == "GJ301" || $0.code == "GJ503" })
    #expect(diagnostics.contains { $0.code == "GJ308" && fixed[$0.range] == "[image: 表三.png]" })
    #expect(text.applyingSimultaneously(Analyzer.safeFixEdits(text)).0 == fixed)
  }

  /// An edit below the trace that writes table 三 there (or deletes it) keeps the trace's line as it was, and its
  /// finding follows the reading: the incremental analysis is the fresh one.
  @Test(arguments: [true, false])
  func anEditThatReadsTheTableOrUnreadsItReportsTheTraceAsAFreshAnalysis(addsTable: Bool) {
    let prose = "𠀀统计表如下：\n\n[image: 表三.png]"
    let pictured = ReportBuilder().with {
      $0.omittedTables = [.table3]
      $0.prose[3] = prose
    }.build()
    let read = ReportBuilder().with { $0.prose[3] = prose }.build()
    let (from, to) = addsTable ? (pictured, read) : (read, pictured)
    let start = Analyzer.analyze(SourceText(from))
    let incremental = Analyzer.reanalyze(start, applying: [Analyzer.replacement(from: start.text, to: SourceText(to))])
    let fresh = Analyzer.analyze(SourceText(to))
    #expect(incremental.diagnostics == fresh.diagnostics)
    #expect(fresh.diagnostics.contains { $0.code == "GJ503" } == addsTable)
  }

  // MARK: Near misses

  @Test func bracketsAndStarsThatAreTextAreNotLeftovers() {
    let text = ReportBuilder().with { $0.prose[5] = "[注]本节数据截至年底。面积为3*4米。【图片】略。" }.build()
    checkClean(text, rule: "GJ503")
  }
}
