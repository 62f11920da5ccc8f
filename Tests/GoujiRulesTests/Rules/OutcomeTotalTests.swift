import GoujiAnalysis
import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct OutcomeTotalTests {
  @Test(arguments: FormatID.allCases, ReportBuilder.Form.allCases)
  func outcomeTotalThatIsNotTheSumOfTheOutcomesIsReportedPerColumn(_ format: FormatID, _ form: ReportBuilder.Form)
    throws
  {
    // 自然人 3 where the outcome rows have 1 (its 总计 2 agrees with the outcome rows').
    let text = ReportBuilder(format, form: form).withoutFigures()
      .setting(.table3, "outcomeTotal", ["1️⃣3", "1", "0", "0", "0", "0", "2"]).build()
    check(
      text, rule: "GJ312",
      expected: [
        DiagnosticSpec("1️⃣", message: "（七）总计的“自然人”列应为1（（一）予以公开1），实际填写3", severity: .error, fixIsSafe: false)
      ])
    let fixed = try #require(checkFixes(text, rule: "GJ312", safe: false).first)
    checkClean(fixed)
  }

  @Test func outcomeRowsOfBothFormatsAreAddedUp() {
    let text2021 = ReportBuilder(.format2021).withoutFigures()
      .setting(.table3, "other.other", ["1", "0", "0", "0", "0", "0", "1"])
      .setting(.table3, "ignored.repeated", ["2", "0", "0", "0", "0", "0", "2"])
      .setting(.table3, "outcomeTotal", ["1️⃣1", "1", "0", "0", "0", "0", "2️⃣2"]).build()
    check(
      text2021, rule: "GJ312",
      expected: [
        DiagnosticSpec("1️⃣", message: "（七）总计的“自然人”列应为4（（一）予以公开1+（五）不予处理 2.重复申请2+（六）其他处理 3.其他1），实际填写1"),
        DiagnosticSpec(
          "2️⃣",
          message: "（七）总计的“总计”列应为5（（一）予以公开1+（四）无法提供 1.本机关不掌握相关政府信息1+"
            + "（五）不予处理 2.重复申请2+（六）其他处理 3.其他1），实际填写2"
        ),
      ])
    let text2019 = ReportBuilder(.format2019).withoutFigures()
      .setting(.table3, "otherHandling", ["1", "0", "0", "0", "0", "0", "1"])
      .setting(.table3, "outcomeTotal", ["1️⃣1", "1", "0", "0", "0", "0", "2️⃣2"]).build()
    check(
      text2019, rule: "GJ312",
      expected: [
        DiagnosticSpec("1️⃣", message: "（七）总计的“自然人”列应为2（（一）予以公开1+（六）其他处理1），实际填写1"),
        DiagnosticSpec("2️⃣", message: "（七）总计的“总计”列应为3（（一）予以公开1+（四）无法提供 1.本机关不掌握相关政府信息1+（六）其他处理1），实际填写2"),
      ])
  }

  @Test func emptyOutcomeTotalIsFilledSafely() {
    let text = ReportBuilder().setting(.table3, "outcomeTotal", ["1", "1️⃣", "0", "0", "0", "0", "2"]).build()
    check(
      text, rule: "GJ312",
      expected: [
        DiagnosticSpec("1️⃣", message: "（七）总计的“商业企业”列应为1（（四）无法提供 1.本机关不掌握相关政府信息1），实际未填写", fixIsSafe: true)
      ])
    checkFixes(text, rule: "GJ312", safe: true)
  }

  @Test func outcomeTotalWithoutOutcomesHasAnUnsafeFix() {
    // Example 000: （七）总计 自然人 3, every outcome row's 自然人 0.
    let text = ReportBuilder().withoutFigures()
      .setting(.table3, "unable.notHeld", ["0", "0", "0", "0", "0", "0", "0"])
      .setting(.table3, "outcomeTotal", ["1️⃣3", "0", "0", "0", "0", "0", "3"])
      .setting(.table3, "public", ["0", "0", "0", "0", "0", "0", "3"]).build()
    check(text, rule: "GJ312", expected: [DiagnosticSpec("1️⃣", message: "应为0（各项均为0），实际填写3", fixIsSafe: false)])
    checkFixes(text, rule: "GJ312", safe: false)
  }

  @Test func twoCompensatingErrorsAreFixedTogether() {
    // 自然人 2 and 商业企业 0 where the outcomes have 1 and 1: each fix alone breaks R3-2 on （七）总计's row, the
    // fix-all applies both.
    let text = ReportBuilder().withoutFigures()
      .setting(.table3, "outcomeTotal", ["2", "0", "0", "0", "0", "0", "2"]).build()
    #expect(Analyzer.analyze(SourceText(text)).diagnostics.map(\.code) == ["GJ312", "GJ312"])
    #expect(Analyzer.applyingSafeFixes(SourceText(text)).applied == 0)
    checkClean(Analyzer.applyingFixes(SourceText(text), includingUnsafe: true).text.string)
  }

  @Test func outcomeRowFilledAgainstAnEmptyYearIsNotRewrittenByAFixAll() throws {
    // The second reproducer: （四）1 filled while 本年新收 and （七）总计 are 0, and the prose says no
    // application was received. The outcome row is the suspect: the message says so, and --fix changes nothing.
    let text = ReportBuilder().withoutFigures().with { $0.prose[1] = "本年度未收到政府信息公开申请。" }
      .setting(.table3, "new", ["0", "0", "0", "0", "0", "0", "0"])
      .setting(.table3, "carried", ["0", "0", "0", "0", "0", "0", "0"])
      .setting(.table3, "public", ["0", "0", "0", "0", "0", "0", "0"])
      .setting(.table3, "unable.notHeld", ["1", "0", "0", "0", "0", "0", "1"])
      .setting(.table3, "carryOver", ["0", "0", "0", "0", "0", "0", "0"])
      .setting(.table3, "outcomeTotal", ["1️⃣0", "0", "0", "0", "0", "0", "2️⃣0"]).build()
    check(
      text, rule: "GJ312",
      expected: [
        DiagnosticSpec("1️⃣", message: "该总计与“一加二等于三加四”相符，可能是某个办理结果行填错，而不是总计", fixIsSafe: false),
        DiagnosticSpec("2️⃣", message: "可能是某个办理结果行填错", fixIsSafe: false),
      ])
    let source = SourceText(MarkedText(text).text)
    let before = Analyzer.analyze(source).diagnostics.filter { $0.severity == .error }.count
    let (fixed, _) = Analyzer.applyingSafeFixes(source)
    #expect(fixed == source)
    #expect(Analyzer.analyze(fixed).diagnostics.filter { $0.severity == .error }.count == before)
  }

  @Test func outcomeColumnWithEveryCellBlankIsLeftToGJ305() {
    var builder = ReportBuilder().withoutFigures()
    let outcomeRows = ReportFormats.format(.format2021).table3.rules.first { $0.id == "R3-3" }?.parts ?? []
    #expect(!outcomeRows.isEmpty)
    for row in outcomeRows {
      builder = builder.setting(.table3, row, "natural", "")
    }
    let text = builder.setting(.table3, "outcomeTotal", ["2", "1", "0", "0", "0", "0", "2"]).build()
    checkClean(text, rule: "GJ312")
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder(form: .tabSeparated).withoutFigures().with {
      $0.lineEnding = "\r\n"
      $0.labels["outcomeTotal"] = "（七）𠀀总计"
    }.setting(.table3, "outcomeTotal", ["1️⃣3", "1", "0", "0", "0", "0", "2"]).build()
    check(text, rule: "GJ312", expected: [DiagnosticSpec("1️⃣", message: "应为1")])
    let fixed = try #require(checkFixes(text, rule: "GJ312", safe: false).first)
    #expect(fixed.contains("\t（七）𠀀总计\t\t1\t1\t0\t0\t0\t0\t2\r\n"))
  }

  // MARK: Near misses

  @Test func cellWhereRowAndColumnBothFailIsGJ310s() {
    let text = ReportBuilder().withoutFigures()
      .setting(.table3, "outcomeTotal", ["1", "1", "0", "0", "0", "0", "5"]).build()
    checkClean(text, rule: "GJ312")
  }

  @Test func emptyOutcomeCellsCountAsZero() {
    let text = ReportBuilder().setting(.table3, "withheld.secret", ["", "", "", "", "", "", ""]).build()
    checkClean(text, rule: "GJ312")
  }
}
