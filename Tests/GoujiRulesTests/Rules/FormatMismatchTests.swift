import GoujiAnalysis
import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct FormatMismatchTests {
  @Test(arguments: ReportBuilder.Form.allCases)
  func tablesOf2019InA2021ReportAreReportedAtTheFirst2019Label(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(.format2019, form: form, year: 2021).with {
      $0.preamble = "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
    }.build().marking("本年新制作数量", with: "1️⃣")
    check(
      text, rule: "GJ202",
      expected: [
        DiagnosticSpec(
          "1️⃣",
          message: "2021年度报告应使用2021年格式，表格却是2019年格式（试行）（“本年新制作数量”、“本年新公开数量”、“对外公开总数量”、“规范性文件”）",
          severity: .error, fixIsSafe: false
        )
      ])
  }

  @Test func tablesOf2021InA2020ReportAreReported() {
    let text = ReportBuilder(.format2021, year: 2020).with {
      $0.preamble = "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。"
    }.build().marking("本年制发件数", with: "1️⃣")
    check(
      text, rule: "GJ202",
      expected: [
        DiagnosticSpec("1️⃣", message: "2020年度报告应使用2019年格式（试行），表格却是2021年格式（“本年制发件数”、“本年废止件数”、“现行有效件数”、“行政规范性文件”）")
      ])
  }

  @Test func fixRelabelsTable2RowsThatHaveACounterpart() throws {
    let text = ReportBuilder(.format2019, year: 2022).with { $0.preamble = "" }.build()
    let fixed = try #require(checkFixes(text, rule: "GJ202", safe: false).first)
    #expect(fixed == text.replacingFirst("\t规范性文件\n", with: "\t行政规范性文件\n"))
    let back = try #require(
      checkFixes(
        ReportBuilder(.format2021, year: 2020).with { $0.preamble = "" }.build(), rule: "GJ202", safe: false
      ).first)
    #expect(back.contains("\t规范性文件\n") && !back.contains("行政规范性文件"))
  }

  @Test func wrappedHeaderCellsAreQuotedOnOneLine() {
    // Example 000's Word copy wraps header cells: 本年新\n公开数量.
    let text = ReportBuilder(.format2019, year: 2021).with { $0.preamble = "" }.build()
      .replacingFirst("\t本年新制作数量", with: "\t1️⃣本年新\n制作数量").replacingFirst("\t本年新公开数量", with: "\t本年新\n公开数量")
    check(text, rule: "GJ202", expected: [DiagnosticSpec("1️⃣", message: "（“本年新制作数量”、“本年新公开数量”、“对外公开总数量”、“规范性文件”）")])
  }

  @Test func relatedLocationsAreTheYearAndTheOtherLabels() throws {
    let source = SourceText(ReportBuilder(.format2019, year: 2021).with { $0.preamble = "" }.build())
    let analysis = Analyzer.analyze(source, configuration: configuration(selecting: "GJ202"))
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(diagnostic.related.first.map { source[$0.range] } == "2021")
    // The other 2019 labels, up to eight of them, in text order.
    #expect(
      diagnostic.related.dropFirst().map { source[$0.range] } == [
        "本年新公开数量", "对外公开总数量", "规范性文件", "上一年项目数量", "本年增/减", "处理决定数量", "其他对外管理服务事项", "上一年项目数量",
      ]
    )
  }

  /// PDF text in reading order writes table 二's row labels before its column headers, and each sub-table repeats
  /// its headers: the labels are named once each, in the format's order, so every form of one report gets the same
  /// message (`inv-2022-late2019`: 2019's tables in a 2022 report).
  @Test(arguments: ["pdf-raw", "pdf-layout", "flat-glued", "bs4-lines"])
  func labelsAreNamedOnceInTheFormatsOrderWhateverTheLayout(_ form: String) throws {
    let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("corpus")
    let messages = try ["w3m", form].map { form in
      let text = Fixtures.text(folder.appendingPathComponent("inv-2022-late2019.\(form).txt"))
      let analysis = Analyzer.analyze(SourceText(text), configuration: configuration(selecting: "GJ202"))
      return try #require(analysis.diagnostics.first).message.zh
    }
    #expect(messages[0].hasSuffix("（“本年新制作数量”、“本年新公开数量”、“对外公开总数量”、“规范性文件”）"))
    #expect(messages[1] == messages[0])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder(.format2019, form: .tabSeparated, year: 2021).with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.preamble = "𠀀𠀀"
    }.build().marking("本年新制作数量", with: "1️⃣")
    check(text, rule: "GJ202", expected: [DiagnosticSpec("1️⃣", message: "2021年度报告应使用2021年格式")])
  }

  // MARK: Near misses

  @Test(arguments: [(FormatID.format2019, 2019), (.format2019, 2020), (.format2021, 2021), (.format2021, 2023)])
  func tablesOfTheYearsFormatAreNotReported(_ format: FormatID, _ year: Int) {
    checkClean(ReportBuilder(format, year: year).with { $0.preamble = "" }.build(), rule: "GJ202")
  }

  @Test func wordsOfTheOtherFormatInTheProseAreNotEvidence() {
    // 003's section 六 speaks of 其他对外管理服务事项 and 政府集中采购 (2019 notions) in a 2021 report.
    let text = ReportBuilder().with {
      $0.prose[6] = "3.其他对外管理服务事项中，本年新增0项。\n5.政府集中采购3笔，采购总金额95300元。\n本年度未收取信息处理费。"
    }.build()
    checkClean(text, rule: "GJ202")
  }

  @Test func unknownYearIsNotReported() {
    let text = ReportBuilder(.format2019).with {
      $0.title = "某市科学技术局政府信息公开工作年度报告"
      $0.preamble = ""
    }.build()
    checkClean(text, rule: "GJ202")
  }
}
