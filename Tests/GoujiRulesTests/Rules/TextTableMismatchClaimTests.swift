import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

/// GJ401 on claims without a count against table 四, and on the figures of 主动公开 against table 二.
@Suite struct TextTableMismatchClaimTests {
  /// Section 一 without the default's `未发生行政诉讼`, for tests about the other sections.
  static let neutral = "本机关扎实推进政府信息公开工作。"

  /// One review, corrected; one lawsuit, pending.
  static let appeals = ReportBuilder().with { $0.prose[1] = neutral }
    .setting(.table4, "review", ["0", "1", "0", "0", "1"])
    .setting(.table4, "suitDirect", ["0", "0", "0", "1", "1"])

  @Test func upheldClaimAgainstACorrectedReview() throws {
    let text = Self.appeals.with { $0.prose[1] = "本年度发生行政复议1件，1️⃣均获维持⏹，发生行政诉讼1件。" }.build()
    let analysis = check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“均获维持”，表四“行政复议”“结果纠正”为1件")
      ])
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(diagnostic.message.en == "The prose says “均获维持”; table 四 “行政复议” “结果纠正” is 1")
    #expect(diagnostic.related.map(\.message.zh) == ["行政复议 结果纠正"])
  }

  /// (A sentence naming 行政诉讼 just above table 四 is read as part of the table's header: this one says 诉讼.)
  @Test func concludedClaimAgainstAPendingLawsuitInSectionFour() {
    let text = Self.appeals.with { $0.prose[4] = "1️⃣本年度被提起的诉讼均已审结⏹。" }.build()
    check(text, rule: "GJ401", expected: [DiagnosticSpec("1️⃣", message: "表四“行政诉讼 未经复议直接起诉”“尚未审结”为1件")])
  }

  @Test func noDefeatClaimAgainstACorrectedLawsuit() {
    let text = ReportBuilder().setting(.table4, "suitAfterReview", ["0", "2", "0", "0", "2"])
      .with { $0.prose[1] = "1️⃣全年零败诉⏹。" }.build()
    check(text, rule: "GJ401", expected: [DiagnosticSpec("1️⃣", message: "正文称“全年零败诉”，表四“行政诉讼 复议后起诉”“结果纠正”为2件")])
  }

  @Test func noLawsuitClaimAgainstTheTotal() {
    let text = Self.appeals.with { $0.prose[1] = "本年度行政复议1件，1️⃣未发生行政诉讼⏹。" }.build()
    check(text, rule: "GJ401", expected: [DiagnosticSpec("1️⃣", message: "正文称“未发生行政诉讼”，表四“行政诉讼”两行合计1件")])
  }

  @Test func claimsThatHoldAreNotReported() {
    let text = ReportBuilder().with {
      $0.prose[1] = "本年度发生行政复议1件，均获维持；行政复议均已审结，全年零败诉，未发生行政诉讼。"
    }.build()
    checkClean(text, rule: "GJ401")
  }

  @Test func claimsKeepExactRangesWithAstralCharactersAndCRLF() {
    let text = Self.appeals.with {
      $0.lineEnding = "\r\n"
      $0.prose[4] = "𠀀复议案件𠀀，1️⃣结果𠀀均获维持⏹。\n𠀀"
    }.build()
    check(text, rule: "GJ401", expected: [DiagnosticSpec("1️⃣", message: "正文称“结果𠀀均获维持”")])
  }

  // MARK: Table 二

  @Test func issuedDocumentsAgainstTable2() throws {
    let text = ReportBuilder().with { $0.prose[1] = "全年主动公开政府信息52条，1️⃣本年制发行政规范性文件3件⏹。" }.build()
    let analysis = check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“本年制发行政规范性文件3件”，表二“行政规范性文件”行“本年制发件数”为2件")
      ])
    #expect(
      analysis.diagnostics.first?.message.en == "The prose says “本年制发行政规范性文件3件”; table 二 row “行政规范性文件” “本年制发件数” is 2")
  }

  @Test func figuresOfTable2InSectionTwoAndBothFormats() {
    let text = ReportBuilder().with {
      $0.prose[1] = Self.neutral
      $0.prose[2] = "1️⃣现行有效规范性文件16件⏹，2️⃣废止规范性文件2件，3️⃣作出行政处罚决定6件，4️⃣行政事业性收费0.3万元⏹。"
    }.build()
    check(
      text, rule: "GJ401",
      expected: [
        DiagnosticSpec("1️⃣", message: "“现行有效件数”为15件"), DiagnosticSpec("2️⃣", message: "“本年废止件数”为1件"),
        DiagnosticSpec("3️⃣", message: "表二“行政处罚”行“本年处理决定数量”为5件"),
        DiagnosticSpec("4️⃣", message: "正文称“行政事业性收费0.3万元”，表二“行政事业性收费”行“本年收费金额（单位：万元）”为0.25"),
      ])
    let old = ReportBuilder(.format2019).with { $0.prose[1] = "1️⃣新制作规范性文件3件。" }.build()
    check(old, rule: "GJ401", expected: [DiagnosticSpec("1️⃣", message: "表二“规范性文件”行“本年新制作数量”为2件")])
  }

  @Test func figuresOfTable2ThatAgreeAreNotReported() {
    let text = ReportBuilder().with {
      $0.prose[1] = Self.neutral
      $0.prose[2] = "本年制发行政规范性文件2件，废止1件，现行有效规范性文件15件，行政许可处理决定36件，行政事业性收费0.2500万元。"
    }.build()
    checkClean(text, rule: "GJ401")
  }

  @Test func table2FigureKeepsExactRangesWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[1] = Self.neutral
      $0.prose[2] = "𠀀\n𠀀，1️⃣制发𠀀规范性文件3件⏹。"
    }.build()
    check(text, rule: "GJ401", expected: [DiagnosticSpec("1️⃣", message: "正文称“制发𠀀规范性文件3件”")])
  }
}
