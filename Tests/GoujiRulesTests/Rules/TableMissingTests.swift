import GoujiAnalysis
import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct TableMissingTests {
  static let headings = [
    TableID.table2: "二、主动公开政府信息情况", .table3: "三、收到和处理政府信息公开申请情况", .table4: "四、政府信息公开行政复议、行政诉讼情况",
  ]

  @Test(arguments: TableID.allCases, ReportBuilder.Form.allCases)
  func sectionWithoutItsTableIsReportedAtItsHeading(_ table: TableID, _ form: ReportBuilder.Form) {
    let number = table.rawValue
    let text = ReportBuilder(form: form).with {
      $0.omittedTables = [table]
      $0.headings[number] = "1️⃣" + Self.headings[table]! + "⏹"
      $0.prose[number] = "本年度无相关情况。"
    }.build()
    check(
      text, rule: "GJ301",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "第\(["二", "三", "四"][number - 2])部分没有可识别的统计表", severity: .error, fixIsSafe: false
        )
      ])
  }

  @Test func tableOfOneRowIsNoTable() {
    let text = ReportBuilder().with {
      $0.omittedTables = [.table3]
      $0.headings[3] = "1️⃣三、收到和处理政府信息公开申请情况"
      $0.prose[3] = "一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3"
    }.build()
    check(text, rule: "GJ301", expected: [DiagnosticSpec("1️⃣")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.omittedTables = [.table4]
      $0.prose[3] = "𠀀𠀀"
      $0.headings[4] = "1️⃣四、政府信息公开行政复议、行政诉讼情况"
      $0.prose[4] = "𠀀本年度未发生行政复议、行政诉讼。"
    }.build()
    check(text, rule: "GJ301", expected: [DiagnosticSpec("1️⃣")])
  }

  // MARK: Near misses

  @Test func missingSectionIsNotAMissingTable() {
    checkClean(ReportBuilder().with { $0.omittedSections = [3] }.build(), rule: "GJ301")
  }

  @Test func reportBefore2019HasNoTables() {
    checkClean(
      ReportBuilder(year: 2018).with { $0.omittedTables = [.table2, .table3, .table4] }.build(), rule: "GJ301")
  }

  // MARK: Fix

  @Test(arguments: FormatID.allCases, ReportBuilder.Form.allCases)
  func insertedTableReadsBackAsTheEmptyTableOfTheFormat(_ format: FormatID, _ form: ReportBuilder.Form) throws {
    for table in TableID.allCases {
      for prose in [nil, "本年度无相关情况。"] {
        let text = ReportBuilder(format, form: form).with {
          $0.omittedTables = [table]
          $0.prose[table.rawValue] = prose
        }.build()
        let fixed = try #require(checkFixes(text, rule: "GJ301", safe: false).first)
        let analysis = Analyzer.analyze(SourceText(fixed))
        let read = try #require(analysis.report.table(table), "\(table) in \(form)")
        let spec = ReportFormats.format(format)
        let rows = [TableID.table2: spec.table2.flatMap(\.rows).count, .table3: spec.table3.rows.count, .table4: 3]
        #expect(read.rows.count == rows[table], "\(table) in \(form)")
        #expect(read.rows.allSatisfy { $0.cells.allSatisfy(\.isEmpty) }, "\(table) in \(form), prose \(prose ?? "-")")
        let codes = Set(analysis.diagnostics.map(\.code))
        #expect(codes.isSubset(of: ["GJ305", "GJ401"]), "\(table) in \(form): \(codes.sorted())")
      }
    }
  }
}
