import GoujiAnalysis
import GoujiFormats
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// The clean report of ``ReportBuilder`` draws no diagnostic at all, in every text form, both formats and both line
/// endings: the baseline every rule test changes one thing of.
@Suite struct CleanReportTests {
  enum LineEnding: String, CaseIterable, Sendable {
    case lf = "\n"
    case crlf = "\r\n"
  }

  @Test(arguments: FormatID.allCases, ReportBuilder.Form.allCases)
  func cleanReportHasNoDiagnostics(_ format: FormatID, _ form: ReportBuilder.Form) {
    for lineEnding in LineEnding.allCases {
      checkClean(ReportBuilder(format, form: form).with { $0.lineEnding = lineEnding.rawValue }.build())
    }
  }

  @Test(arguments: FormatID.allCases, ReportBuilder.Form.allCases)
  func cleanReportIsReadCompletely(_ format: FormatID, _ form: ReportBuilder.Form) throws {
    let report = ReportReader.read(SourceText(ReportBuilder(format, form: form).build()))
    #expect(report.tableFormat == format)
    #expect(report.reportYear == (format == .format2019 ? 2020 : 2021))
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(report.table2?.rows.count == ReportFormats.format(format).table2.flatMap(\.rows).count)
    #expect(report.table3?.rows.count == ReportFormats.format(format).table3.rows.count)
    let table3 = try #require(report.table3)
    #expect(table3.row("new")?.cells.map(\.text) == ["2", "1", "0", "0", "0", "0", "3"])
    #expect(report.table4?.rows.first?.cells.map(\.text) == ["1", "0", "0", "0", "1"])
    #expect(report.signatureDate.map { [$0.year, $0.month, $0.day] } == [report.reportYear! + 1, 1, 20])
    #expect(report.problems.isEmpty, "\(report.problems)")
  }
}
