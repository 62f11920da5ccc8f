import GoujiAnalysis
import GoujiFormats
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
    check(text, rule: "GJ312", expected: [
      DiagnosticSpec("1️⃣", message: "（七）总计的“自然人”列应为 1（（一）予以公开 1），实际填写 3", severity: .error, fixIsSafe: true)
    ])
    let fixed = try #require(checkFixes(text, rule: "GJ312", safe: true).first)
    checkClean(fixed)
  }

  @Test func outcomeRowsOfBothFormatsAreAddedUp() {
    let text2021 = ReportBuilder(.format2021).withoutFigures()
      .setting(.table3, "other.other", ["1", "0", "0", "0", "0", "0", "1"])
      .setting(.table3, "ignored.repeated", ["2", "0", "0", "0", "0", "0", "2"])
      .setting(.table3, "outcomeTotal", ["1️⃣1", "1", "0", "0", "0", "0", "2️⃣2"]).build()
    check(text2021, rule: "GJ312", expected: [
      DiagnosticSpec("1️⃣", message: "（七）总计的“自然人”列应为 4（（一）予以公开 1 + （五）不予处理 2.重复申请 2 + （六）其他处理 3.其他 1），实际填写 1"),
      DiagnosticSpec(
        "2️⃣",
        message: "（七）总计的“总计”列应为 5（（一）予以公开 1 + （四）无法提供 1.本机关不掌握相关政府信息 1 + "
          + "（五）不予处理 2.重复申请 2 + （六）其他处理 3.其他 1），实际填写 2"
      ),
    ])
    let text2019 = ReportBuilder(.format2019).withoutFigures()
      .setting(.table3, "otherHandling", ["1", "0", "0", "0", "0", "0", "1"])
      .setting(.table3, "outcomeTotal", ["1️⃣1", "1", "0", "0", "0", "0", "2️⃣2"]).build()
    check(text2019, rule: "GJ312", expected: [
      DiagnosticSpec("1️⃣", message: "（七）总计的“自然人”列应为 2（（一）予以公开 1 + （六）其他处理 1），实际填写 1"),
      DiagnosticSpec("2️⃣", message: "（七）总计的“总计”列应为 3（（一）予以公开 1 + （四）无法提供 1.本机关不掌握相关政府信息 1 + （六）其他处理 1），实际填写 2"),
    ])
  }

  @Test func emptyOutcomeTotalIsFilledSafely() {
    let text = ReportBuilder().setting(.table3, "outcomeTotal", ["1", "1️⃣", "0", "0", "0", "0", "2"]).build()
    check(text, rule: "GJ312", expected: [
      DiagnosticSpec("1️⃣", message: "（七）总计的“商业企业”列应为 1（（四）无法提供 1.本机关不掌握相关政府信息 1），实际未填写", fixIsSafe: true)
    ])
    checkFixes(text, rule: "GJ312", safe: true)
  }

  @Test func outcomeTotalWithoutOutcomesHasAnUnsafeFix() {
    // Example 000: （七）总计 自然人 3, every outcome row's 自然人 0.
    let text = ReportBuilder().withoutFigures()
      .setting(.table3, "unable.notHeld", ["0", "0", "0", "0", "0", "0", "0"])
      .setting(.table3, "outcomeTotal", ["1️⃣3", "0", "0", "0", "0", "0", "3"])
      .setting(.table3, "public", ["0", "0", "0", "0", "0", "0", "3"]).build()
    check(text, rule: "GJ312", expected: [DiagnosticSpec("1️⃣", message: "应为 0（各项均为 0），实际填写 3", fixIsSafe: false)])
    checkFixes(text, rule: "GJ312", safe: false)
  }

  @Test func twoCompensatingErrorsAreFixedTogether() {
    // 自然人 2 and 商业企业 0 where the outcomes have 1 and 1: each fix alone breaks R3-2 on （七）总计's row, the
    // fix-all applies both.
    let text = ReportBuilder().withoutFigures()
      .setting(.table3, "outcomeTotal", ["2", "0", "0", "0", "0", "0", "2"]).build()
    #expect(Analyzer.analyze(SourceText(text)).diagnostics.map(\.code) == ["GJ312", "GJ312"])
    checkClean(Analyzer.applyingSafeFixes(SourceText(text)).text.string)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder(form: .tabSeparated).withoutFigures().with {
      $0.lineEnding = "\r\n"
      $0.labels["outcomeTotal"] = "（七）𠀀总计"
    }.setting(.table3, "outcomeTotal", ["1️⃣3", "1", "0", "0", "0", "0", "2"]).build()
    check(text, rule: "GJ312", expected: [DiagnosticSpec("1️⃣", message: "应为 1")])
    let fixed = try #require(checkFixes(text, rule: "GJ312", safe: true).first)
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
