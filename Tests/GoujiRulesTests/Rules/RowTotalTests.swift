import GoujiAnalysis
import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct RowTotalTests {
  /// 12 applications from 自然人 and 1 from a 商业企业, 13 in all, but 3 written in 总计.
  static func thirteenWrittenAsThree(_ format: FormatID = .format2021, form: ReportBuilder.Form = .cellPerLine)
    -> ReportBuilder
  {
    ReportBuilder(format, form: form).withoutFigures()
      .setting(.table3, "new", ["12", "1", "0", "0", "0", "0", "1️⃣3⏹"])
      .setting(.table3, "public", ["11", "0", "0", "0", "0", "0", "11"])
      .setting(.table3, "outcomeTotal", ["11", "1", "0", "0", "0", "0", "12"])
  }

  @Test(arguments: FormatID.allCases, ReportBuilder.Form.allCases)
  func totalThatIsNotTheSumOfItsPartsIsReportedWithTheAddends(_ format: FormatID, _ form: ReportBuilder.Form) {
    let text = Self.thirteenWrittenAsThree(format, form: form).build()
    check(
      text, rule: "GJ310",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "“一、本年新收政府信息公开申请数量”的总计应为13（自然人12+商业企业1），实际填写3", severity: .error,
          fixIsSafe: false
        )
      ])
  }

  @Test func fixSetsTheTotalAndLeavesAConsistentTable() throws {
    let text = Self.thirteenWrittenAsThree().build()
    let fixed = try #require(checkFixes(text, rule: "GJ310", safe: false).first)
    checkClean(fixed)
  }

  @Test func mistypedApplicantCellIsNotCementedByAFixAll() throws {
    // The first reproducer: 自然人 2 mistyped in a row whose other cells and 总计 are 0. Recomputing the
    // written total would cement the typo (and break R3-1): the fix is unsafe, and --fix leaves the row alone.
    let text = ReportBuilder().withoutFigures().setting(.table3, "new", ["1️⃣2", "0", "0", "0", "0", "0", "2️⃣0"]).build()
    check(text, rule: "GJ310", expected: [DiagnosticSpec("2️⃣", message: "应为2（自然人2），实际填写0", fixIsSafe: false)])
    let source = SourceText(MarkedText(text).text)
    let (fixed, applied) = Analyzer.applyingSafeFixes(source)
    #expect(applied == 0)
    #expect(fixed == source)
  }

  @Test func relatedLocationsAreTheAddendCells() throws {
    let source = SourceText(MarkedText(Self.thirteenWrittenAsThree().build()).text)
    let analysis = Analyzer.analyze(source, configuration: configuration(selecting: "GJ310"))
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(diagnostic.related.map(\.message.zh) == ["自然人12", "商业企业1", "科研机构0", "社会公益组织0", "法律服务机构0", "其他0"])
    #expect(diagnostic.related.map { source[$0.range] } == ["12", "1", "0", "0", "0", "0"])
  }

  @Test func totalWrittenWithoutItsPartsHasAnUnsafeFix() {
    // Example 000: 总计 3 and every applicant cell 0. The total may be the only figure the writer entered.
    let text = ReportBuilder().withoutFigures()
      .setting(.table3, "carried", ["0", "0", "0", "0", "0", "0", "1️⃣3"]).build()
    check(
      text, rule: "GJ310",
      expected: [
        DiagnosticSpec("1️⃣", message: "“二、上年结转政府信息公开申请数量”的总计应为0（各项均为0），实际填写3", fixIsSafe: false)
      ])
    checkFixes(text, rule: "GJ310", safe: false)
  }

  @Test func emptyPartsCountAsZero() {
    let text = ReportBuilder().withoutFigures()
      .setting(.table3, "new", ["12", "1", "", "", "", "", "1️⃣3"]).build()
    check(text, rule: "GJ310", expected: [DiagnosticSpec("1️⃣", message: "总计应为13（自然人12+商业企业1），实际填写3")])
  }

  @Test func totalRowAndTotalColumnDisagreeingAtOneCellAreSaidOnce() {
    // （七）总计's 总计 is 5; its row adds up to 2 and the outcome rows' totals to 2 as well: one finding (not GJ312).
    let once = ReportBuilder().withoutFigures()
      .setting(.table3, "outcomeTotal", ["1", "1", "0", "0", "0", "0", "1️⃣5"]).build()
    check(once, rule: "GJ310", expected: [DiagnosticSpec("1️⃣", message: "“（七）总计”的总计应为2（自然人1+商业企业1），实际填写5")])
    check(once, rule: "GJ312", expected: [])
    // When the two sums differ, the message names both.
    let both = ReportBuilder().withoutFigures()
      .setting(.table3, "public", ["1", "0", "0", "0", "0", "0", "2️⃣2"])
      .setting(.table3, "outcomeTotal", ["1", "1", "0", "0", "0", "0", "1️⃣5"]).build()
    check(
      both, rule: "GJ310",
      expected: [
        DiagnosticSpec("1️⃣", message: "“（七）总计”的总计应为2（自然人1+商业企业1），实际填写5；按各办理结果行合计则应为3"),
        DiagnosticSpec("2️⃣", message: "“（一）予以公开”的总计应为1（自然人1），实际填写2"),
      ])
  }

  @Test func safeFixOfARowThatTheColumnsConfirmBreaksThem() throws {
    // （七）总计 自然人 is 3 where the outcome rows have 1; its 总计 2 agrees with the outcome rows' totals. GJ312
    // points at the wrong cell; GJ310 offers, as safe, to set the right total to 4, which breaks R3-3 in 总计.
    let text = ReportBuilder().withoutFigures()
      .setting(.table3, "outcomeTotal", ["3", "1", "0", "0", "0", "0", "2"]).build()
    let analysis = Analyzer.analyze(SourceText(text))
    #expect(analysis.diagnostics.map(\.code) == ["GJ312", "GJ310"])
    // Both totals are written: neither fix is safe, so a fix-all changes nothing; applying the unsafe fixes too
    // ends with the consistent table.
    #expect(analysis.diagnostics.allSatisfy { $0.fixes.allSatisfy { !$0.isSafe } })
    #expect(Analyzer.applyingSafeFixes(SourceText(text)).applied == 0)
    checkClean(Analyzer.applyingFixes(SourceText(text), includingUnsafe: true).text.string)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = Self.thirteenWrittenAsThree(form: .tabSeparated).with {
      $0.lineEnding = "\r\n"
      $0.labels["new"] = "一、𠀀本年新收政府信息公开申请数量"
    }.build()
    check(text, rule: "GJ310", expected: [DiagnosticSpec("1️⃣", message: "总计应为13")])
    let fixed = try #require(checkFixes(text, rule: "GJ310", safe: false).first)
    #expect(fixed.contains("一、𠀀本年新收政府信息公开申请数量\t\t\t12\t1\t0\t0\t0\t0\t13\r\n"))
  }

  // MARK: Near misses

  @Test func emptyTotalIsLeftToGJ311() {
    checkClean(ReportBuilder().setting(.table3, "new", "total", "").build(), rule: "GJ310")
  }

  // (A dash alone is an empty cell, counted as 0: `CellWordsTests`.)
  @Test func rowWithACellThatIsNotANumberIsNotSummed() {
    checkClean(ReportBuilder().setting(.table3, "new", "natural", "若干").build(), rule: "GJ310")
  }

  @Test func table4IsNotTable3() {
    checkClean(ReportBuilder().setting(.table4, "review", ["1", "1", "0", "0", "1"]).build(), rule: "GJ310")
  }
}
