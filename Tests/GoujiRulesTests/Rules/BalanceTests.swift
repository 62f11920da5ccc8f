import GoujiAnalysis
import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct BalanceTests {
  @Test(arguments: FormatID.allCases, ReportBuilder.Form.allCases)
  func columnsThatDoNotBalanceAreReportedAtTheCarryOver(_ format: FormatID, _ form: ReportBuilder.Form) {
    // 4 applications received (3 from 自然人), 2 handled, 1 carried over: one 自然人 application is unaccounted for.
    let text = ReportBuilder(format, form: form).withoutFigures()
      .setting(.table3, "new", ["3", "1", "0", "0", "0", "0", "4"])
      .setting(.table3, "carryOver", ["1️⃣1", "0", "0", "0", "0", "0", "2️⃣1"]).build()
    check(
      text, rule: "GJ313",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "“自然人”列不平衡：一+二=3+0=3，而（七）总计+四=1+1=2", severity: .error, fixIsSafe: false
        ),
        DiagnosticSpec("2️⃣", message: "“总计”列不平衡：一+二=4+0=4，而（七）总计+四=2+1=3", fixIsSafe: false),
      ])
  }

  @Test func fixSetsTheCarryOverAndIsUnsafe() throws {
    let text = ReportBuilder().withoutFigures().setting(.table3, "new", ["3", "1", "0", "0", "0", "0", "4"]).build()
    let fixed = checkFixes(text, rule: "GJ313", safe: false)
    #expect(fixed.count == 2)
    // Both together balance the table.
    let analysis = Analyzer.analyze(SourceText(text))
    let edits = analysis.diagnostics.filter { $0.code == "GJ313" }.flatMap { $0.fixes[0].edits }
    checkClean(SourceText(text).applyingSimultaneously(edits).text.string)
  }

  @Test func negativeCarryOverHasNoFix() {
    let text = ReportBuilder().withoutFigures()
      .setting(.table3, "new", ["0", "1", "0", "0", "0", "0", "1"])
      .setting(.table3, "carryOver", ["1️⃣1", "0", "0", "0", "0", "0", "2️⃣1"]).build()
    let analysis = check(
      text, rule: "GJ313",
      expected: [
        DiagnosticSpec("1️⃣", message: "“自然人”列不平衡：一+二=0+0=0，而（七）总计+四=1+1=2"),
        DiagnosticSpec("2️⃣", message: "“总计”列不平衡：一+二=1+0=1，而（七）总计+四=2+1=3"),
      ])
    #expect(analysis.diagnostics.allSatisfy { $0.fixes.isEmpty })
  }

  @Test func relatedLocationsAreTheOtherThreeCells() throws {
    let marked = MarkedText(
      ReportBuilder().withoutFigures()
        .setting(.table3, "new", ["1️⃣3", "1", "0", "0", "0", "0", "4"])
        .setting(.table3, "carried", ["2️⃣0", "0", "0", "0", "0", "0", "0"])
        .setting(.table3, "outcomeTotal", ["3️⃣1", "1", "0", "0", "0", "0", "2"]).build())
    let analysis = Analyzer.analyze(SourceText(marked.text), configuration: configuration(selecting: "GJ313"))
    let natural = try #require(analysis.diagnostics.first)
    #expect(natural.related.map(\.range.start) == ["1️⃣", "2️⃣", "3️⃣"].map(marked.offset))
    #expect(natural.related.map(\.message.zh) == ["一3", "二0", "（七）总计1"])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder(form: .tabSeparated).withoutFigures().with {
      $0.lineEnding = "\r\n"
      $0.labels["carryOver"] = "四、𠀀结转下年度继续办理"
    }.setting(.table3, "new", ["3", "1", "0", "0", "0", "0", "4"])
      .setting(.table3, "carryOver", ["1️⃣1", "0", "0", "0", "0", "0", "2️⃣1"]).build()
    check(text, rule: "GJ313", expected: [DiagnosticSpec("1️⃣"), DiagnosticSpec("2️⃣")])
  }

  // MARK: Near misses

  @Test func imbalanceExplainedByAWrongRowTotalIsGJ310s() {
    // 一's 总计 3 should be 13: the 总计 column does not balance only because of it.
    let text = RowTotalTests.thirteenWrittenAsThree().build()
    checkClean(text, rule: "GJ313")
  }

  @Test func imbalanceExplainedByAWrongOutcomeTotalIsGJ312s() {
    // Example 000's 自然人 column: （七）总计 3 where the outcome rows (and 一, 二) have 0.
    checkClean(Fixtures.example("000_212ac920282683c5.txt"), rule: "GJ313")
    let text = ReportBuilder().withoutFigures()
      .setting(.table3, "outcomeTotal", ["3", "1", "0", "0", "0", "0", "2"]).build()
    checkClean(text, rule: "GJ313")
  }

  @Test func emptyCarryOverCountsAsZero() {
    let text = ReportBuilder().setting(.table3, "carryOver", ["1", "", "", "", "", "", "1"]).build()
    checkClean(text, rule: "GJ313")
  }
}
