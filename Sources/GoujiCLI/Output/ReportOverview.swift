import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiText

/// What the reviewer's overview (`gouji summary`) shows of one report: who and which year, the key figures of
/// tables 三 and 四, the findings, and table 三 with the cells findings point at.
struct ReportOverview {
  /// How a report fared: the worst severity among its findings, or unreadable.
  enum Status: String, CaseIterable {
    case errors, warnings, sound, unreadable
  }

  /// A cell of table 三 as shown: its text (`nil`: unreadable) and the findings whose range is on it.
  struct ShownCell {
    var text: String?
    var findings: [String]
  }

  var path: String
  /// The reporting body (the title's agency, else the title).
  var body: String?
  var year: Int?
  var format: String?
  /// `txt`, `docx`, `html` or `pdf`.
  var source: String
  /// 本年新收, 办结, 结转, 复议, 诉讼: the 总计 of those rows, `nil` where not read.
  var figures: [String?] = []
  var diagnostics = DiagnosticList()
  var printedLines: [Int] = []
  var table3: [(label: String, cells: [ShownCell])] = []
  /// The labels of table 三's columns (自然人 … 总计).
  var table3Columns: [String] = []
  var unreadableReason: String?

  var status: Status {
    if unreadableReason != nil { return .unreadable }
    if count(.error) > 0 { return .errors }
    return count(.warning) > 0 ? .warnings : .sound
  }

  func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }

  init(path: String, source: String, analysis: Analysis) {
    self.path = path
    self.source = source
    let report = analysis.report
    body = report.title?.agency ?? report.title?.text
    year = report.reportYear
    format = ReportSummary(report).format
    diagnostics = analysis.diagnostics
    printedLines = diagnostics.map { analysis.text.line(containing: $0.range.start) + 1 }
    figures = Self.figures(report)
    table3 = Self.table3(report, diagnostics: diagnostics)
    table3Columns = report.effectiveFormat.table3.columns.map(\.label)
  }

  init(path: String, source: String, unreadable reason: String) {
    self.path = path
    self.source = source
    unreadableReason = reason
  }

  /// The 总计 of 本年新收, 办结 (（七）总计), 结转, 行政复议, and 行政诉讼 (direct plus after review, when both read).
  private static func figures(_ report: Report) -> [String?] {
    func total(_ table: ReadTable?, _ key: String) -> String? {
      guard let cell = table?.row(key)?.cells.last, cell.isReadable else { return nil }
      return cell.text
    }
    let direct = total(report.table4, "suitDirect").flatMap { Int($0) }
    let afterReview = total(report.table4, "suitAfterReview").flatMap { Int($0) }
    let suits = direct.flatMap { direct in afterReview.map { String(direct + $0) } }
    return [
      total(report.table3, "new"), total(report.table3, "outcomeTotal"), total(report.table3, "carryOver"),
      total(report.table4, "review"), suits,
    ]
  }

  /// Table 三 row by row in the format's order, each cell with the findings (error or warning) whose range is on it.
  private static func table3(_ report: Report, diagnostics: DiagnosticList) -> [(label: String, cells: [ShownCell])] {
    guard let table = report.table3 else { return [] }
    let format = report.effectiveFormat.table3
    let serious = diagnostics.filter { $0.severity == .error || $0.severity == .warning }
    return format.rows.compactMap { spec in
      guard let row = table.row(spec.key) else { return nil }
      let cells = row.cells.map { cell in
        ShownCell(
          text: cell.isReadable ? cell.text : nil,
          findings: serious.filter { $0.range.overlaps(cell.range) || $0.range == cell.range }.map(\.code)
        )
      }
      return (spec.dumpName(groups: format.groups), cells)
    }
  }
}
