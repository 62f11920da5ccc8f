import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct RowUnknownTests {
  static let misspelt = "（二）部份公开（区分处理的，只计这一情形，不计其他情形）"

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func misspeltLabelIsReportedWithTheCanonicalOne(_ form: ReportBuilder.Form) throws {
    let text = ReportBuilder(form: form).with { $0.labels["partial"] = "1️⃣" + Self.misspelt + "⏹" }.build()
    check(
      text, rule: "GJ303",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "行标签“\(Self.misspelt)”应为“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”",
          severity: .warning, fixIsSafe: true
        )
      ])
    let fixed = try #require(checkFixes(text, rule: "GJ303", safe: true).first)
    #expect(fixed == ReportBuilder(form: form).build())
  }

  @Test func misspeltLabelIsReadAsTheRowItResembles() throws {
    let text = ReportBuilder().with { $0.labels["partial"] = Self.misspelt }
      .setting(.table3, "partial", ["0", "0", "0", "0", "0", "0", "0"]).build()
    let report = Analyzer.analyze(SourceText(text)).report
    let row = try #require(report.table3?.row("partial"))
    #expect(!row.labelMatchesFormat)
    #expect(row.cells.count == 7)
  }

  @Test func misspeltLabelInPDFTextIsReported() {
    // In PDF text the values follow the label on its line: they are the row's, not part of the unknown label.
    let text = ReportBuilder(form: .spaceSeparated).with { $0.labels["partial"] = "1️⃣" + Self.misspelt }.build()
    check(text, rule: "GJ303", expected: [DiagnosticSpec("1️⃣", message: "行标签“\(Self.misspelt)”应为", fixIsSafe: true)])
  }

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func rowThatIsNotInTheFormatIsReportedWithoutFix(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(form: form).with {
      $0.extraRows["withheld.query"] = (label: "1️⃣9.涉及商业秘密⏹", values: Array(repeating: "0", count: 7))
    }.build()
    let analysis = check(
      text, rule: "GJ303",
      expected: [
        DiagnosticSpec("1️⃣", message: "“9.涉及商业秘密”不是格式规定的行", severity: .warning)
      ])
    #expect(analysis.diagnostics.allSatisfy { $0.fixes.isEmpty })
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.prose[3] = "𠀀𠀀"
      $0.labels["withheld.thirdParty"] = "1️⃣4.保户第三方合法权益⏹"
    }.build()
    check(text, rule: "GJ303", expected: [DiagnosticSpec("1️⃣", message: "行标签“4.保户第三方合法权益”应为“4.保护第三方合法权益”")])
    let fixed = try #require(checkFixes(text, rule: "GJ303", safe: true).first)
    #expect(fixed.contains("\r\n\t4.保护第三方合法权益\r\n"))
  }

  // MARK: Near misses

  @Test(arguments: ReportBuilder.Form.allCases)
  func labelsWrittenWithOtherPunctuationAreNotReported(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(form: form).with {
      $0.labels["partial"] = "(二)部分公开(区分处理的，只计这一情形，不计其他情形)"
      $0.labels["withheld.secret"] = "1．属于国家秘密"
      $0.labels["withheld.security"] = "3.危及\"三安全一稳定\""
      $0.labels["unable.notHeld"] = "1、本机关不掌握相关政府信息"
      $0.labels["ignored.repeated"] = "2. 重复申请"
    }.build()
    checkClean(text, rule: "GJ303")
  }

  @Test func kangxiRadicalsInLabelsAreNotAWordingDifference() {
    let text = ReportBuilder(form: .spaceSeparated).with {
      $0.labels["withheld.prohibited"] = "2.其他法律⾏政法规禁⽌公开"
      $0.labels["new"] = "⼀、本年新收政府信息公开申请数量"
    }.build()
    checkClean(text, rule: "GJ303")
  }

  @Test func proseAfterTheTableIsNotARow() {
    let text = ReportBuilder(form: .tabSeparated).build()
      .replacingFirst("\n四、政府信息公开行政复议", with: "\n注：本表数据来源于依申请公开登记台账。\n四、政府信息公开行政复议")
    checkClean(text, rule: "GJ303")
  }
}
