import GoujiFormats
import GoujiSyntax
import GoujiTestSupport
import Testing

@testable import GoujiRules

@Suite struct CellInvalidTests {
  @Test(arguments: [
    // A dash or slash alone is an empty cell (GJ305, `CellWordsTests`).
    ("无", "不是数值，核对时按0计算"), ("-1", "计数不能为负数"), ("+3", "计数不带正负号"),
    ("1.5", "计数不能有小数"), ("3件", "计数单元格不写单位"), ("2元", "计数单元格不写单位"),
  ])
  func countCellThatIsNotACountIsReported(_ value: String, _ problem: String) {
    // PDF text: `3件` is not a value token, its digits are read and the row ends there (GJ304 reports it).
    for form in ReportBuilder.Form.allCases where form != .spaceSeparated || value != "3件" {
      let text = ReportBuilder(form: form).setting(.table3, "carried", "natural", "1️⃣" + value + "⏹").build()
      check(
        text, rule: "GJ306",
        expected: [
          DiagnosticSpec(
            "1️⃣", message: "“二、上年结转政府信息公开申请数量”的“自然人”为“\(value)”：\(problem)", severity: .error
          )
        ])
    }
  }

  @Test(arguments: ["87*", "399②", "12注", "5※"])
  func aValueWithAFootnoteMarkIsReportedNamingTheMark(_ value: String) throws {
    let mark = try #require(value.unicodeScalars.last)
    for form in ReportBuilder.Form.allCases {
      let text = ReportBuilder(form: form).with {
        $0.lineEnding = "\r\n"
        $0.agency = "𠀀市科学技术局"
      }.setting(.table3, "public", "natural", "1️⃣" + value + "⏹").build()
      check(
        text, rule: "GJ306",
        expected: [
          DiagnosticSpec(
            "1️⃣", message: "“（一）予以公开”的“自然人”为“\(value)”：数值后带有注释标记“\(mark)”，不是数值：单元格只填数值，注释写在表下",
            severity: .error)
        ])
    }
  }

  @Test func signedChangeMustBeAWholeNumber() {
    let text = ReportBuilder(.format2019).setting(.table2, "licensing", "change", "1️⃣约2").build()
    check(text, rule: "GJ306", expected: [DiagnosticSpec("1️⃣", message: "“行政许可”的“本年增/减”为“约2”：应为整数（可带正负号）")])
  }

  @Test func amountsTakeOnlyTheirColumnsUnits() {
    let text2019 = ReportBuilder(.format2019).setting(.table2, "procurement", "procurementAmount", "1️⃣3.5万美元").build()
    check(
      text2019, rule: "GJ306",
      expected: [
        DiagnosticSpec("1️⃣", message: "“政府集中采购”的“采购总金额”为“3.5万美元”：不是金额（数字，可带小数和单位元、万元）")
      ])
    let text2021 = ReportBuilder(.format2021).setting(.table2, "fees", "feesThisYear", "1️⃣250元").build()
    check(text2021, rule: "GJ306", expected: [DiagnosticSpec("1️⃣", message: "不是金额（数字，可带小数和单位万元）")])
  }

  @Test func table4CellIsReported() {
    let text = ReportBuilder().setting(.table4, "review", "pending", "1️⃣一").build()
    check(text, rule: "GJ306", expected: [DiagnosticSpec("1️⃣", message: "行政复议的“尚未审结”为“一”：不是数值")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder(form: .tabSeparated).with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
    }.setting(.table3, "public", "other", "1️⃣𠀀⏹").build()
    check(text, rule: "GJ306", expected: [DiagnosticSpec("1️⃣", message: "的“其他”为“𠀀”：不是数值")])
  }

  @Test func textWrappedIntoACellIsQuotedOnOneLine() {
    // In a Word copy, a line without a TAB continues the cell above it.
    let text = ReportBuilder().with { $0.prose[4] = "本年度行政复议1件。" }
      .setting(.table3, "carryOver", "total", "1️⃣1\n（注：含上年度）").build()
    check(
      text, rule: "GJ306",
      expected: [
        DiagnosticSpec("1️⃣", message: "“四、结转下年度继续办理”的“总计”为“1(注:含上年度)”：不是数值")
      ])
  }

  // MARK: Near misses

  @Test(arguments: [
    (FormatID.format2019, "licensing", "change", "-18"), (.format2019, "penalties", "change", "+3"),
    (.format2019, "procurement", "procurementAmount", "120000元"),
    (.format2019, "procurement", "procurementAmount", "35800.50"),
    (.format2019, "procurement", "procurementAmount", "40.85万元"), (.format2021, "fees", "feesThisYear", "1.234567"),
    (.format2021, "fees", "feesThisYear", "0.5万元"), (.format2021, "rules", "inForce", "１２"),
  ])
  func valuesThatFitTheirColumnAreNotReported(_ format: FormatID, _ row: String, _ column: String, _ value: String) {
    checkClean(ReportBuilder(format).setting(.table2, row, column, value).build(), rule: "GJ306")
  }

  /// `CellInvalid.problem` passes a plain number without the word and mark tests: what those tests and the parsers
  /// say of it must be what the pass assumes, for every kind of column, and anything else still goes through them.
  @Test(arguments: ["0", "7", "007", "120000", "999999999999999"])
  func aPlainNumberIsReadAsEveryTestWouldReadIt(_ text: String) {
    #expect(CellInvalid.isPlainNumber(text))
    #expect(!Cell.countsAsZero(text))
    #expect(Cell.footnoteMark(of: text) == nil)
    #expect((CellValueParser.integer(text) ?? -1) >= 0)
    for units in [[], ["元", "万元"]] { #expect(CellValueParser.amount(text, units: units) != nil) }
    for kind in [ValueKind.count, .signedChange, .amount(units: ["元", "万元"])] {
      #expect(CellInvalid.problem(text, kind: kind) == nil)
    }
  }

  @Test(arguments: ["", "1234567890123456", "+3", "-1", "1.5", "１２", "无", "〇", "87*", "3件", "𠀀", "1\r\n"])
  func anythingElseIsNotAPlainNumber(_ text: String) {
    #expect(!CellInvalid.isPlainNumber(text))
  }

  @Test func sixteenDigitsAreStillACountWithAUnit() {
    #expect(CellInvalid.problem("1234567890123456", kind: .count)?.zh == "计数单元格不写单位")
  }

  @Test func emptyCellsAreNotInvalid() {
    checkClean(ReportBuilder().setting(.table3, "carried", "natural", "").build(), rule: "GJ306")
  }
}
