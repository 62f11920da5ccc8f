import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

/// GJ401 on figures that are sums the format defines: compound categories, groups, new plus carried over, blank
/// totals over written parts.
@Suite struct TextTableMismatchSumTests {
  static let granted = ReportBuilder.withProse("全年办理的申请中，1️⃣予以公开及部分公开163件⏹，均已答复。")
    .setting(.table3, "public", ["120", "0", "0", "0", "0", "0", "120"])
    .setting(.table3, "partial", ["51", "0", "0", "0", "0", "0", "51"])

  @Test(arguments: ReportBuilder.Form.allCases)
  func compoundOfPublishedAndPartlyPublishedIsTheirSum(_ form: ReportBuilder.Form) throws {
    let text = Self.granted.with { $0.form = form }.build()
    let analysis = check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“予以公开及部分公开163件”，表三（一）（二）合计171件（第（一）行120件，第（二）行51件）")
      ])
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(
      diagnostic.message.en
        == "The prose says “予以公开及部分公开163件”; table 三 rows （一） + （二）: 171 in all (row （一） 120, row （二） 51)")
    #expect(diagnostic.related.count == 2)
  }

  @Test(arguments: ["予以公开和部分公开171件", "予以公开、部分公开171件", "予以公开及部分公开共计171件"])
  func compoundThatAgreesIsNotReported(_ phrase: String) {
    let text = Self.granted.with { $0.prose[1] = "全年办理的申请中，\(phrase)。" }.build()
    checkClean(text, rule: "GJ401")
  }

  @Test func unableIsTheSumOfItsRowsWithEveryAddend() {
    let text = ReportBuilder.withProse("收到申请3件，其中1️⃣无法提供2件⏹。").build()
    check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“无法提供2件”，表三（四）各行合计1件（第（四）1行1件，第（四）2行0件，第（四）3行0件）")
      ])
  }

  @Test func withheldNamesItsNonZeroRows() {
    let text = ReportBuilder.withProse("1️⃣不予公开1件。")
      .setting(.table3, "withheld.secret", ["1", "0", "0", "0", "0", "0", "1"])
      .setting(.table3, "withheld.process", ["0", "2", "0", "0", "0", "0", "2"]).build()
    check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "表三（三）各行合计3件（第（三）1行1件，第（三）6行2件，其余各行为0件）")
      ])
  }

  @Test func otherHandlingIsGroupSixInBothFormats() {
    let text = ReportBuilder.withProse("1️⃣其他处理1件。").build()
    check(text, rule: "GJ401", expected: [DiagnosticSpec("1️⃣", message: "正文称“其他处理1件”，表三（六）各行合计0件")])
    let old = ReportBuilder(.format2019).with { $0.prose[1] = "1️⃣其他处理1件。" }.build()
    check(old, rule: "GJ401", expected: [DiagnosticSpec("1️⃣", message: "正文称“其他处理1件”，表三第（六）行总计为0件")])
  }

  @Test func sumsKeepExactRangesWithAstralCharactersAndCRLF() throws {
    let text = Self.granted.with {
      $0.lineEnding = "\r\n"
      $0.prose[1] = "𠀀\n𠀀办理中，1️⃣予以公开及部分公开163件⏹；2️⃣无法提供2件⏹。\n𠀀"
    }.build()
    let analysis = check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "合计171件"), DiagnosticSpec("2️⃣", message: "（四）各行合计1件"),
      ])
    let english = analysis.diagnostics.map(\.message.en)
    #expect(
      english.contains("The prose says “无法提供2件”; table 三 group （四）: 1 in all (row （四）1 1, row （四）2 0, row （四）3 0)"))
  }

  // MARK: New and carried over

  static let carried = ReportBuilder.withProse("").setting(.table3, "carried", ["2", "0", "0", "0", "0", "0", "2"])

  @Test(arguments: ["共受理政府信息公开申请3件。", "共受理政府信息公开申请5件。", "全年共收到政府信息公开申请5件。"])
  func receivedCountsNewOrNewAndCarried(_ prose: String) {
    checkClean(Self.carried.with { $0.prose[1] = prose }.build(), rule: "GJ401")
  }

  @Test func receivedCountMatchingNeitherNamesBoth() {
    let text = Self.carried.with { $0.prose[1] = "1️⃣共受理政府信息公开申请6件⏹。" }.build()
    let analysis = check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“共受理政府信息公开申请6件”，表三第一行总计为3件，加第二行（上年结转）2件为5件")
      ])
    #expect(
      analysis.diagnostics.first?.message.en
        == "The prose says “共受理政府信息公开申请6件”; table 三 row 一 total is 3; with row 二 (carried over) 2 it is 5")
  }

  // MARK: Blank cells

  @Test func blankTotalIsTheSumOfItsWrittenParts() {
    let blankTotal = ReportBuilder.Form.allCases.map { form in
      ReportBuilder.withProse("1️⃣收到政府信息公开申请5件。", form: form).setting(.table3, "new", "total", "")
    }
    for builder in blankTotal where builder.form != .spaceSeparated {
      let analysis = check(
        builder.build(), rule: "GJ401",
        expected: [
          DiagnosticSpec("1️⃣", message: "正文称“收到政府信息公开申请5件”，表三第一行总计未填写，其各列合计3件")
        ])
      #expect(
        analysis.diagnostics.first?.message.en
          == "The prose says “收到政府信息公开申请5件”; table 三 row 一 has no total written; its columns add up to 3")
      #expect(
        analysis.diagnostics.first?.related.map(\.message.zh) == ["一、本年新收政府信息公开申请数量 自然人", "一、本年新收政府信息公开申请数量 商业企业"])
      checkClean(builder.with { $0.prose[1] = "收到政府信息公开申请3件。" }.build(), rule: "GJ401")
    }
  }

  @Test func rowLeftBlankGivesNoVerdict() {
    let text = ReportBuilder.withProse("收到政府信息公开申请5件，不予公开2件。")
      .setting(.table3, "new", ["", "", "", "", "", "", ""]).setting(
        .table3, "withheld.secret", ["", "", "", "", "", "", ""]
      )
      .build()
    checkClean(text, rule: "GJ401")
  }

  @Test func denialAgainstAnyNonZeroCellOfTable3() {
    let text = ReportBuilder.withProse("本年度1️⃣未收到政府信息公开申请⏹。")
      .setting(.table3, "new", ["0", "0", "0", "0", "0", "0", "0"])
      .setting(.table3, "carried", ["0", "1", "0", "0", "0", "0", "1"]).build()
    let analysis = check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“未收到政府信息公开申请”，表三第二行“总计”为1件")
      ])
    #expect(analysis.diagnostics.first?.message.en == "The prose says “未收到政府信息公开申请”; table 三 row 二 “总计” is 1")
    let allZero = ReportBuilder().with { $0.prose[1] = "本年度未收到政府信息公开申请。" }
    var zeros = allZero
    for row in ["new", "public", "unable.notHeld", "outcomeTotal", "carryOver"] {
      zeros = zeros.setting(.table3, row, ["0", "0", "0", "0", "0", "0", "0"])
    }
    checkClean(zeros.build(), rule: "GJ401")
  }

  /// `未收到…申请，办结上年结转申请1件`: the sentence itself accounts for last year's application, so table 三's
  /// 上年结转 and its outcome contradict nothing.
  @Test func denialFollowedByLastYearsApplicationsInTheSameSentenceIsNoFinding() {
    let text = ReportBuilder.withProse("本年度未收到政府信息公开申请，办结上年结转申请1件。")
      .setting(.table3, "new", ["0", "0", "0", "0", "0", "0", "0"])
      .setting(.table3, "carried", ["0", "1", "0", "0", "0", "0", "1"]).build()
    checkClean(text, rule: "GJ401")
  }
}
