import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct ProseArithmeticTests {
  /// The builder's report with `sentence` as section 一's prose (no other figures).
  private func report(_ sentence: String, lineEnding: String = "\n") -> String {
    ReportBuilder().with {
      $0.prose[1] = "2021年，本机关认真贯彻落实《条例》。\n" + sentence
      $0.lineEnding = lineEnding
    }.build()
  }

  @Test func partsThatDoNotAddUpToTheTotalAreReportedAtTheTotal() throws {
    let text = report("全年共主动公开政府信息1️⃣420⏹条，其中政策文件2️⃣200条、工作动态3️⃣190条。")
    let analysis = check(
      text, rule: "GJ405",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "正文称“全年共主动公开政府信息420条”，其中各项合计390条（政策文件200+工作动态190），少30条",
          severity: .warning
        )
      ])
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(
      diagnostic.message.en
        == "The text says “全年共主动公开政府信息420条”, but its parts add up to 390 (政策文件 200 + 工作动态 190), 30 fewer")
    let marked = MarkedText(text)
    #expect(diagnostic.related.map(\.range.start) == [marked.offset("2️⃣"), marked.offset("3️⃣")])
    #expect(diagnostic.related.map(\.message.zh) == ["政策文件200", "工作动态190"])
  }

  @Test func listAfterAFullStopAndWithSpacesIsRead() {
    let text = report("在网站公开政府信息 1️⃣13 条。其中部门文件 4 件，政策解读 5 件，重点工作 2 件，财政资金 5 件。")
    check(text, rule: "GJ405", expected: [DiagnosticSpec("1️⃣", message: "其中各项合计16条（部门文件4+政策解读5+重点工作2+财政资金5），多3条")])
  }

  @Test func shareThatDoesNotMatchItsBaseIsReportedAtThePercentage() throws {
    let text = report("共受理政府信息公开申请50件，其中予以公开30件，占1️⃣70%⏹；部分公开10件，占比20%。")
    let analysis = check(
      text, rule: "GJ405",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“予以公开30件”占70%，按“共受理政府信息公开申请50件”计算为30 ÷ 50 = 60.0%")
      ])
    #expect(analysis.diagnostics.first?.message.en.contains("it is 30 ÷ 50 = 60.0%") == true)
  }

  @Test func concludedMoreThanReceivedIsReported() throws {
    let text = report("本年度收到政府信息公开申请10件，办结1️⃣12⏹件。")
    let analysis = check(
      text, rule: "GJ405",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“办结12件”，多于同一句中的“本年度收到政府信息公开申请10件”（12 > 10）")
      ])
    #expect(analysis.diagnostics.first?.message.en.contains("more than “本年度收到政府信息公开申请10件”") == true)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let marked = report("𠀀共公开信息1️⃣42⏹条，其中𠀀文件20条、动态19条。\n𠀀收到申请3件，办结2️⃣4⏹件。", lineEnding: "\r\n")
    let analysis = check(marked, rule: "GJ405", expected: [DiagnosticSpec("1️⃣"), DiagnosticSpec("2️⃣")])
    let text = SourceText(MarkedText(marked).text)
    let columns = analysis.diagnostics.map { text.lineColumn(of: $0.range.start, in: .utf16).column }
    #expect(columns == [7, 11])
  }

  // MARK: Near misses

  @Test(arguments: [
    "全年共主动公开政府信息420条，其中政策文件200条、工作动态220条。",  // adds up
    "全年共主动公开政府信息420条，其中政策文件200条。",  // one part: not a breakdown
    "共受理申请50件，其中予以公开30件，占60%；部分公开10件，占20%。",  // shares right
    "共受理申请3件，其中予以公开2件，占66.7%，部分公开1件，占33.3%。",  // rounded
    "共受理申请3件，其中予以公开2件，占66%，部分公开1件，占33%。",  // truncated
    "共受理申请50件，其中予以公开30件，占已办结的75%。",  // another base
    "共公开信息100条，其中网站公开100条、微信公众号公开60条。",  // channels overlap
    "共公开信息100条，其中政策文件40条、工作动态50条等。",  // 等: not every part
    "共公开信息100条，其中政策文件40条、工作动态50条，另有10条为其他信息。",  // the list ends on another number
    "共收到申请10件，其中自然人8件、法人2件，予以公开6件。",  // two breakdowns
    "共收到申请10件，其中自然人8件，法人2件，予以公开6件，部分公开4件。",  // two breakdowns, one separator
    "共开展培训5次，其中线上培训3次、线下培训2人次。",  // other units
    "收到申请10件，加上上年结转3件，共办结12件。",  // last year's applications
    "本年度收到申请0件，办结0件。",
    "截止2020年12月31日，公开信息13条。",
  ])
  func sentencesWithoutAContradictionAreNotReported(_ sentence: String) {
    checkClean(report(sentence), rule: "GJ405")
  }

  @Test func tablesAreNotProse() {
    checkClean(ReportBuilder().build(), rule: "GJ405")
  }

  @Test func examplesAreSilent() {
    for name in Fixtures.exampleNames { checkClean(Fixtures.example(name), rule: "GJ405") }
  }
}
