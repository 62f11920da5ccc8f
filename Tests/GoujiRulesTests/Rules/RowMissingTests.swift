import GoujiAnalysis
import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct RowMissingTests {
  @Test(arguments: ReportBuilder.Form.allCases)
  func missingRowOfTable3IsReportedAfterThePreviousRow(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(form: form).with { $0.omittedRows = ["unable.needsCreation"] }
      .setting(.table3, "unable.notHeld", "total", "1" + "1️⃣")
      .build()
    check(
      text, rule: "GJ302",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "缺少“（四）无法提供 2.没有现成信息需要另行制作”行", severity: .error, fixIsSafe: false
        )
      ])
  }

  @Test(arguments: ReportBuilder.Form.allCases)
  func missingRowOfTable2IsReported(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(.format2019, form: form).with { $0.omittedRows = ["enforcement"] }
      .setting(.table2, "penalties", "decisions", "6" + "1️⃣")
      .build()
    check(text, rule: "GJ302", expected: [DiagnosticSpec("1️⃣", message: "缺少“行政强制”行")])
  }

  @Test func missingRowsOfTheOtherFormatAreNotRequired() {
    // A 2019 table has no （六） sub-rows; a 2021 table has no single （六）其他处理 row.
    checkClean(ReportBuilder(.format2019).build(), rule: "GJ302")
    checkClean(ReportBuilder(.format2021).build(), rule: "GJ302")
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.prose[3] = "𠀀𠀀"
      $0.omittedRows = ["other.unpaidFee"]
    }.setting(.table3, "other.noCorrection", "total", "0" + "1️⃣").build()
    check(text, rule: "GJ302", expected: [DiagnosticSpec("1️⃣", message: "缺少“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用")])
  }

  // MARK: Near misses

  @Test func rowWithAMisspeltLabelIsUnknownNotMissing() {
    let text = ReportBuilder().with { $0.labels["partial"] = "（二）部份公开（区分处理的，只计这一情形，不计其他情形）" }.build()
    checkClean(text, rule: "GJ302")
  }

  @Test func rowLabelsWrittenDifferentlyAreFound() {
    let text = ReportBuilder(form: .tabSeparated).with {
      $0.labels["partial"] = "(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)"
      $0.labels["withheld.secret"] = "1、属于国家秘密"
      $0.labels["withheld.security"] = "3.危及「三安全一稳定」"
      $0.labels["ignored.confirmation"] = "5.要求行政机关确认或重新 出具已获取信息"
    }.build()
    checkClean(text, rule: "GJ302")
  }

  // MARK: Fix

  /// Every row of table 三 and 二 in turn: the fix inserts it where it belongs, and the table reads back complete,
  /// with the inserted row's zeros and nothing else reported.
  @Test(arguments: FormatID.allCases, ReportBuilder.Form.allCases)
  func insertedRowReadsBackInPlace(_ format: FormatID, _ form: ReportBuilder.Form) throws {
    let spec = ReportFormats.format(format)
    let rows =
      spec.table3.rows.map { (TableID.table3, $0.key) }
      + spec.table2.flatMap(\.rows).map { (TableID.table2, $0.key) }
    for (table, key) in rows {
      // Zeros in the row to omit, so that the inserted zeros leave every sum as it was.
      let builder = ReportBuilder(format, form: form).with { $0.omittedRows = [key] }
        .setting(table, key, builderZeros(format, table, key))
      let zeroed = table == .table3 ? ReportBuilder.zeroingTable3(builder) : builder
      let text = zeroed.build()
      let fixed = try #require(checkFixes(text, rule: "GJ302", safe: false).first, "\(key) in \(form)")
      let analysis = Analyzer.analyze(SourceText(fixed))
      let read = try #require(analysis.report.table(table))
      let expectedKeys = table == .table3 ? spec.table3.rows.map(\.key) : spec.table2.flatMap(\.rows).map(\.key)
      #expect(read.rows.map(\.key) == expectedKeys, "\(key) in \(form)")
      let cells = try #require(read.rows.first { $0.key == key }?.cells.map(\.text), "\(key) in \(form)")
      #expect(cells.allSatisfy { $0 == "0" }, "\(key) in \(form): \(cells)")
      let codes = analysis.diagnostics.map(\.code)
      #expect(codes.allSatisfy { $0 == "GJ401" || (table == .table2 && $0 == "GJ306") }, "\(key) in \(form): \(codes)")
      // The inserted row sits between its neighbours in the text, and its label does not run into other text.
      let starts = read.rows.map(\.labelRange.start)
      #expect(starts == starts.sorted(), "\(key) in \(form)")
      // In table 二, under its own sub-table's clause header.
      for row in read.rows where table == .table2 {
        let clauses = read.clauseRanges.sorted { $0.value.start < $1.value.start }
        let under = clauses.last { $0.value.end <= row.labelRange.start }?.key
        #expect(under == row.subtable, "\(key) in \(form): \(row.key) under \(under ?? "-")")
      }
      let source = SourceText(fixed)
      for row in read.rows where row.labelRange.start > 0 {
        let before = source[TextRange(start: row.labelRange.start - 1, end: row.labelRange.start)]
        #expect(" \t\n\r".contains(before), "\(key) in \(form): «\(before)» before \(row.key)")
      }
    }
  }
}

/// The default values of a row with every count set to 0 (signed changes and amounts kept, they are not counts).
private func builderZeros(_ format: FormatID, _ table: TableID, _ key: String) -> [String] {
  ReportBuilder(format).row(table, key).map { $0.hasPrefix("-") || $0.contains(".") ? $0 : "0" }
}

extension ReportBuilder {
  /// The builder with table 三 all zeros, so that omitting any row leaves the sums holding.
  static func zeroingTable3(_ builder: ReportBuilder) -> ReportBuilder {
    builder.spec.table3.rows.reduce(builder) { $0.setting(.table3, $1.key, Array(repeating: "0", count: 7)) }
  }
}
