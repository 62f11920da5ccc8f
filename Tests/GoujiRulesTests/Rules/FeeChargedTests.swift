import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct FeeChargedTests {
  @Test(arguments: [2019, 2020])
  func feeChargedBefore2021IsReportedAtTheAmount(_ year: Int) throws {
    let text = ReportBuilder(.format2019, year: year).with { $0.prose[6] = "本年度收取信息处理费1️⃣200元⏹。" }.build()
    let analysis = check(
      text, rule: "GJ406",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "\(year)年度报告称收取信息处理费“200元”；《政府信息公开信息处理费管理办法》自2021年1月1日起施行",
          severity: .warning
        )
      ])
    #expect(
      analysis.diagnostics.first?.message.en.contains("The \(year) report says a 信息处理费 of 200元 was charged") == true)
  }

  @Test func feeWithoutAnyApplicationIsReportedWithTheTableCells() throws {
    let builder = ReportBuilder().withoutFigures().setting(.table3, "new", ["0", "0", "0", "0", "0", "0", "0"])
      .with { $0.prose[6] = "本年度共收取信息处理费1️⃣150.50 元⏹。" }
    let analysis = check(
      builder.build(), rule: "GJ406",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称收取信息处理费“150.50 元”，但表三本年新收和上年结转的申请合计为0")
      ])
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(diagnostic.related.map(\.message.zh) == ["本年新收0", "上年结转0"])
    #expect(diagnostic.message.en.contains("table 三 has no application"))
  }

  @Test func noNoticeAgainstUnpaidFeeRowIsReportedAtTheClause() throws {
    let builder = ReportBuilder().setting(.table3, "other.unpaidFee", ["1", "0", "0", "0", "0", "0", "1"])
      .with { $0.prose[6] = "本机关本年度未收取信息处理费，1️⃣本年度未向申请人发出收费通知⏹。" }
    let analysis = check(
      builder.build(), rule: "GJ406",
      expected: [
        DiagnosticSpec("1️⃣", message: "正文称“本年度未向申请人发出收费通知”，但表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”总计为1")
      ])
    #expect(analysis.diagnostics.first?.related.count == 1)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let marked = ReportBuilder(.format2019).with {
      $0.lineEnding = "\r\n"
      $0.prose[6] = "𠀀无。\n𠀀收取信息处理费1️⃣30元⏹。"
    }.build()
    let analysis = check(marked, rule: "GJ406", expected: [DiagnosticSpec("1️⃣")])
    let text = SourceText(MarkedText(marked).text)
    #expect(analysis.diagnostics.map { text.lineColumn(of: $0.range.start, in: .utf16).column } == [9])
  }

  // MARK: Near misses

  @Test(arguments: [
    "本年度未收取信息处理费。",
    "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本机关没有收取信息公开处理费。",
    "本年度收取信息处理费0元。",
    "本年度收取行政事业性收费3.5万元。",  // table 二's fees, not 信息处理费
  ])
  func noFeeOrOtherFeesAreNotReported(_ prose: String) {
    checkClean(ReportBuilder(.format2019).with { $0.prose[6] = prose }.build(), rule: "GJ406")
  }

  @Test func feeChargedFrom2021WithApplicationsIsNotReported() {
    checkClean(ReportBuilder().with { $0.prose[6] = "本年度收取信息处理费200元。" }.build(), rule: "GJ406")
  }

  @Test func noNoticeWithoutUnpaidFeeIsNotReported() {
    checkClean(ReportBuilder().with { $0.prose[6] = "本年度未向申请人发出收费通知。" }.build(), rule: "GJ406")
  }

  @Test func examplesAreSilent() {
    for name in Fixtures.exampleNames { checkClean(Fixtures.example(name), rule: "GJ406") }
  }
}
