import GoujiTestSupport
import Testing

@Suite struct RowTotalEmptyTests {
  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func emptyTotalOfAFilledRowIsReportedWithTheSum(_ form: ReportBuilder.Form) throws {
    let text = ReportBuilder(form: form).setting(.table3, "carryOver", "total", "1️⃣").build()
    check(
      text, rule: "GJ311",
      expected: [
        DiagnosticSpec("1️⃣", message: "“四、结转下年度继续办理”的总计未填写，应为1", severity: .warning, fixIsSafe: true)
      ])
    let fixed = try #require(checkFixes(text, rule: "GJ311", safe: true).first)
    #expect(fixed == ReportBuilder(form: form).build())
  }

  @Test func zerosWithAnEmptyTotalSumToZero() {
    // Example 000, line 355.
    let text = ReportBuilder().setting(.table3, "carried", "total", "1️⃣").build()
    check(text, rule: "GJ311", expected: [DiagnosticSpec("1️⃣", message: "“二、上年结转政府信息公开申请数量”的总计未填写，应为0")])
    checkFixes(text, rule: "GJ311", safe: true)
  }

  @Test func partlyFilledRowCountsItsEmptyCellsAsZero() {
    let text = ReportBuilder().setting(.table3, "new", ["2", "", "1", "", "", "", "1️⃣"]).build()
    check(text, rule: "GJ311", expected: [DiagnosticSpec("1️⃣", message: "总计未填写，应为3", fixIsSafe: false)])
    // A blank applicant cell may not be 0: filling the total from it is for the writer to confirm.
    checkFixes(text, rule: "GJ311", safe: false)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder(form: .tabSeparated).with {
      $0.lineEnding = "\r\n"
      $0.labels["public"] = "（一）𠀀予以公开"
    }.setting(.table3, "public", "total", "1️⃣").build()
    check(text, rule: "GJ311", expected: [DiagnosticSpec("1️⃣", message: "“（一）予以公开”的总计未填写，应为1")])
    let fixed = try #require(checkFixes(text, rule: "GJ311", safe: true).first)
    #expect(fixed.contains("（一）𠀀予以公开\t\t1\t0\t0\t0\t0\t0\t1\r\n"))
  }

  // MARK: Near misses

  @Test func rowWithNothingWrittenIsNotReported() {
    checkClean(ReportBuilder().setting(.table3, "carried", Array(repeating: "", count: 7)).build(), rule: "GJ311")
  }

  // (A dash alone is an empty cell, counted as 0: `CellWordsTests`.)
  @Test func rowWithACellThatIsNotANumberIsNotSummed() {
    checkClean(ReportBuilder().setting(.table3, "new", ["2", "若干", "0", "0", "0", "0", ""]).build(), rule: "GJ311")
  }

  @Test func emptyTotalOfTable4IsGJ314s() {
    checkClean(ReportBuilder().setting(.table4, "review", "total", "").build(), rule: "GJ311")
  }
}
