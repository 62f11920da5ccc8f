import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct TextTableMismatchTests {
  @Test(arguments: ReportBuilder.Form.allCases)
  func denialOfApplicationsContradictsTheTable(_ form: ReportBuilder.Form) {
    // Example 000: 未收到政府信息公开申请 above a table with 3 new applications.
    let text = ReportBuilder.withProse("[bookmark: _GoBack]2021年我局1️⃣未收到政府信息公开申请⏹。", form: form).build()
    check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“未收到政府信息公开申请”，表三第一行总计为3件", severity: .warning)
      ])
  }

  @Test func countOfApplicationsContradictsTheTable() {
    let text = ReportBuilder.withProse("1️⃣全年共收到政府信息公开申请5件⏹，均已按期答复。").build()
    let analysis = check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“全年共收到政府信息公开申请5件”，表三第一行总计为3件")
      ])
    #expect(analysis.diagnostics.first?.message.en == "The prose says “全年共收到政府信息公开申请5件”; table 三 row 一 total is 3")
  }

  @Test func outcomeCountsContradictTheTable() {
    let text = ReportBuilder.withProse(
      "收到政府信息公开申请3件，其中1️⃣予以公开2件⏹，2️⃣部分公开1件，3️⃣不予公开1件，无法提供1件，4️⃣不予处理1件，5️⃣上年结转2件，结转下年度继续办理1件。"
    ).build()
    check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“予以公开2件”，表三第（一）行总计为1件"),
        DiagnosticSpec("2️⃣", message: "表三第（二）行总计为0件"),
        DiagnosticSpec("3️⃣", message: "正文称“不予公开1件”，表三（三）各行合计0件（各行均为0件）"),
        DiagnosticSpec("4️⃣", message: "表三（五）各行合计0件"),
        DiagnosticSpec("5️⃣", message: "正文称“上年结转2件”，表三第二行总计为0件"),
      ])
  }

  @Test func reviewAndLawsuitCountsContradictTable4() {
    let text = ReportBuilder.withProse("1️⃣本年度发生政府信息公开行政复议2件，2️⃣行政诉讼1件。").build()
    check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“本年度发生政府信息公开行政复议2件”，表四“行政复议”总计为1件"),
        DiagnosticSpec(
          "2️⃣",
          message: "正文称“行政诉讼1件”，表四“行政诉讼”两行合计0件（“行政诉讼 未经复议直接起诉”0件，“行政诉讼 复议后起诉”0件）"
        ),
      ])
    let denied = ReportBuilder.withProse("本年度1️⃣未收到行政复议、行政诉讼⏹。").build()
    check(denied, rule: "GJ401", expected: [DiagnosticSpec("1️⃣", message: "正文称“未收到行政复议、行政诉讼”，表四“行政复议”总计为1件")])
  }

  @Test func relatedLocationIsTheTableCell() throws {
    let marked = MarkedText(
      ReportBuilder.withProse("全年共收到政府信息公开申请5件。").setting(.table3, "new", "total", "1️⃣3").build())
    let analysis = Analyzer.analyze(SourceText(marked.text), configuration: configuration(selecting: "GJ401"))
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(diagnostic.related.map(\.range.start) == [marked.offset("1️⃣")])
    #expect(diagnostic.related.map(\.message.zh) == ["一、本年新收政府信息公开申请数量"])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder.withProse("𠀀𠀀本年度，1️⃣全年共收到政府信息公开申请5件⏹。\n𠀀").with { $0.lineEnding = "\r\n" }.build()
    check(text, rule: "GJ401", expected: [DiagnosticSpec("1️⃣", message: "正文称“全年共收到政府信息公开申请5件”")])
  }

  // MARK: Near misses

  @Test(arguments: [
    "办理人大代表建议3件、政协提案2件。",
    "全年主动公开政府信息52条，发布信息52条。",
    "2021年，本机关收到政府信息公开申请3件。",
    "召开政务公开培训会2次，收到群众来信5件。",
    "全年办结政府信息公开申请3件。",
    "收到政府信息公开申请3件，其中自然人申请2件。",
    "全年未收到群众投诉。",
    "收到政府信息公开申请3件；本年度发生政府信息公开行政复议1件，未发生行政诉讼。",
  ])
  func numbersAboutSomethingElseOrAgreeingAreNotReported(_ prose: String) {
    checkClean(ReportBuilder.withProse(prose).build(), rule: "GJ401")
  }

  @Test(arguments: [
    "全年共收到政府信息公开申请3件，较上年收到的申请5件有所减少。",
    "全年共收到政府信息公开申请3件，同比减少收到申请2件。",
    "去年收到政府信息公开申请5件，今年收到政府信息公开申请3件。",
  ])
  func lastYearsFiguresAreNotThisYears(_ prose: String) {
    checkClean(ReportBuilder.withProse(prose).build(), rule: "GJ401")
  }

  @Test func carryInFromLastYearIsThisYearsFigure() {
    let text = ReportBuilder.withProse("全年共收到政府信息公开申请3件，1️⃣上年结转1件⏹。").build()
    check(text, rule: "GJ401", expected: [DiagnosticSpec("1️⃣", message: "正文称“上年结转1件”，表三第二行总计为0件")])
  }

  @Test func numbersOutsideSection1AreNotRead() {
    let text = ReportBuilder().with { $0.prose[6] = "本年度收到政府信息公开申请9件。本年度未收取信息处理费。" }.build()
    checkClean(text, rule: "GJ401")
  }

  @Test func examplesThatAgreeWithTheirTablesAreNotReported() {
    // 001 (未接到…申请, table 0), 002 (共受理依申请公开信件0件，行政复议0件，行政诉讼0件), 004 (共受理…0件).
    for name in ["001_787e7c90b6bc98b9.txt", "002_cf9a8ca2a320709f.txt", "004_b1d7aab7bdee8be9.txt"] {
      checkClean(Fixtures.example(name), rule: "GJ401")
    }
  }
}
