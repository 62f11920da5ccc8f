import Testing

@Suite struct CellEmptyTests {
  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func emptyCellIsReportedWhereAValueWouldGo(_ form: ReportBuilder.Form) throws {
    let text = ReportBuilder(form: form).setting(.table3, "carried", "research", "1️⃣⏹").build()
    check(text, rule: "GJ305", expected: [
      DiagnosticSpec(
        "1️⃣", message: "“二、上年结转政府信息公开申请数量”的“科研机构”为空（按0计算）", severity: .warning, fixIsSafe: true
      )
    ])
    let fixed = try #require(checkFixes(text, rule: "GJ305", safe: true).first)
    #expect(fixed == ReportBuilder(form: form).build())
  }

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func emptyCellsOfARowAreOneFinding(_ form: ReportBuilder.Form) throws {
    let text = ReportBuilder(form: form).setting(.table3, "partial", ["1️⃣", "0", "", "0", "0", "⏹", "0"]).build()
    check(text, rule: "GJ305", expected: [
      DiagnosticSpec("1️⃣", message: "“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”有3个空单元格（自然人、科研机构、其他），按0计算")
    ])
    checkFixes(text, rule: "GJ305", safe: true)
  }

  @Test func emptyCellsOfTables2And4AreReported() {
    let text = ReportBuilder(.format2019, form: .tabSeparated)
      .setting(.table2, "licensing", "change", "1️⃣")
      .setting(.table4, "suitDirect", ["2️⃣", "", "", "", "0"]).build()
    check(text, rule: "GJ305", expected: [
      DiagnosticSpec("1️⃣", message: "“行政许可”的“本年增/减”为空（按0计算）"),
      DiagnosticSpec("2️⃣", message: "行政诉讼 未经复议直接起诉有4个空单元格（结果维持、结果纠正、其他结果、尚未审结），按0计算"),
    ])
    checkFixes(text, rule: "GJ305", safe: true)
  }

  @Test func emptyTotalWithFilledPartsIsLeftToGJ311() {
    // Only 自然人 is GJ305's; the empty 总计 of a row with filled parts is GJ311's.
    let text = ReportBuilder().setting(.table3, "new", ["1️⃣", "3", "0", "0", "0", "0", ""]).build()
    check(text, rule: "GJ305", expected: [DiagnosticSpec("1️⃣", message: "“一、本年新收政府信息公开申请数量”的“自然人”为空（按0计算）")])
  }

  @Test func rowWithNothingFilledIsAllGJ305() {
    let text = ReportBuilder().setting(.table3, "carried", ["1️⃣", "", "", "", "", "", "⏹"]).build()
    check(text, rule: "GJ305", expected: [DiagnosticSpec("1️⃣", message: "有7个空单元格（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder(form: .tabSeparated).with {
      $0.lineEnding = "\r\n"
      $0.prose[3] = "𠀀𠀀"
      $0.labels["ignored.repeated"] = "2.𠀀重复申请"
    }.setting(.table3, "ignored.repeated", "legal", "1️⃣").build()
    check(text, rule: "GJ305", expected: [DiagnosticSpec("1️⃣", message: "的“法律服务机构”为空")])
    checkFixes(text, rule: "GJ305", safe: true)
  }

  // MARK: Near misses

  @Test(arguments: ReportBuilder.Form.allCases)
  func headerArtefactsAndMergedLabelCellsAreNotEmptyValues(_ form: ReportBuilder.Form) {
    checkClean(ReportBuilder(form: form).build(), rule: "GJ305")
  }

  @Test func valuesPaddedWithSpacesAreNotEmpty() {
    let text = ReportBuilder().setting(.table3, "carried", ["　　0", "\u{2002}0", "0 ", "0", "0", "0", "0"]).build()
    checkClean(text, rule: "GJ305")
  }
}
