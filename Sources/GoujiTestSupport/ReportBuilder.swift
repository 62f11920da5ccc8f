import GoujiFormats
import Testing

/// Builds the text of a complete, clean report (title, preamble, the six canonical sections, tables 二/三/四 of the
/// 2019 or 2021 format, a signature) in one of the text forms real reports arrive in, so that a test states only
/// what differs from a clean report: a cell value, a row label, a heading, a piece of prose.
///
/// Every string a test supplies may contain `1️⃣`-style markers; they pass through untouched. Line breaks are written
/// `\n` and converted to ``lineEnding`` at the end.
///
/// The default report is clean: no rule reports anything on it, in any form and either format (a test checks it).
/// Its numbers agree with its prose: 3 applications received (自然人 2, 商业企业 1), 1 granted, 1 answered 本机关不掌握,
/// 1 carried over to next year; 1 administrative review, upheld; no lawsuit.
package struct ReportBuilder: Sendable {
  /// How the tables are written (the four forms of `real-world-text.md` less the flattened one).
  package enum Form: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// Form A, copied from Word: every cell on a line starting with a TAB, a blank line between rows.
    case cellPerLine
    /// Form B, copied from a web page: one row per line, cells separated by TABs.
    case tabSeparated
    /// Form C, PDF text: one row per line, cells separated by one space.
    case spaceSeparated

    package var testDescription: String { rawValue }
  }

  package var format: FormatID
  /// The report year; 2021 for the 2021 format and 2020 for the 2019 format unless set.
  package var year: Int
  package var form: Form
  package var lineEnding = "\n"
  package var agency = "某市科学技术局"
  /// The title block; by default the agency on one line and `2021年政府信息公开工作年度报告` on the next.
  package var title: String?
  /// The paragraph between the title and section 一 (cites the format notice and states the statistics period).
  package var preamble: String?
  /// Headings as written, by section number; the canonical heading otherwise.
  package var headings: [Int: String] = [:]
  /// The prose of a section (for 二/三/四: the text before the table), by section number.
  package var prose: [Int: String] = [:]
  /// The order in which sections are written.
  package var sectionOrder = [1, 2, 3, 4, 5, 6]
  package var omittedSections: Set<Int> = []
  /// Sections written without their table.
  package var omittedTables: Set<TableID> = []
  /// Row labels as written, by row key (table 二 and 三 keys do not collide); the canonical label otherwise.
  package var labels: [String: String] = [:]
  package var omittedRows: Set<String> = []
  /// Rows of the table written after the row with this key: a label as written and its values.
  package var extraRows: [String: (label: String, values: [String])] = [:]
  /// What follows section 六: the signature and date by default.
  package var closing: String?
  private var values: [TableID: [String: [String]]]

  package init(_ format: FormatID = .format2021, form: Form = .cellPerLine, year: Int? = nil) {
    self.format = format
    self.form = form
    self.year = year ?? (format == .format2019 ? 2020 : 2021)
    values = [
      .table2: ReportBuilder.defaultTable2(format), .table3: ReportBuilder.defaultTable3,
      .table4: ReportBuilder.defaultTable4,
    ]
  }

  package var spec: ReportFormat { ReportFormats.format(format) }

  // MARK: Changing cells

  /// The values of a row as written (table 四's rows are `review`, `suitDirect`, `suitAfterReview`).
  package func row(_ table: TableID, _ key: String) -> [String] {
    values[table]?[key] ?? Array(repeating: "0", count: columns(table, row: key).count)
  }

  /// Sets every value of a row.
  package func setting(_ table: TableID, _ key: String, _ rowValues: [String]) -> ReportBuilder {
    var copy = self
    copy.values[table, default: [:]][key] = rowValues
    return copy
  }

  /// Sets one cell, by row key and column key (`.table3, "new", "natural"`).
  package func setting(_ table: TableID, _ key: String, _ column: String, _ value: String) -> ReportBuilder {
    let index = columns(table, row: key).firstIndex { $0.key == column }
    guard let index else { preconditionFailure("no column \(column) in row \(key) of \(table)") }
    var rowValues = row(table, key)
    rowValues[index] = value
    return setting(table, key, rowValues)
  }

  /// The clean report in `form` with `prose` as section 一's body (the prose rules compare with the tables).
  package static func withProse(_ prose: String, form: Form = .cellPerLine) -> ReportBuilder {
    ReportBuilder(form: form).with { $0.prose[1] = prose }
  }

  /// Any other change, written as a closure: `builder.with { $0.headings[6] = "六、其他事项" }`.
  package func with(_ change: (inout ReportBuilder) -> Void) -> ReportBuilder {
    var copy = self
    change(&copy)
    return copy
  }

  private func columns(_ table: TableID, row key: String) -> [ColumnSpec] {
    switch table {
    case .table2: spec.table2.first { $0.rows.contains { $0.key == key } }?.columns ?? []
    case .table3: spec.table3.columns
    case .table4: spec.table4.columns
    }
  }

  // MARK: Defaults

  private static func defaultTable2(_ format: FormatID) -> [String: [String]] {
    switch format {
    case .format2019:
      [
        "rules": ["0", "0", "0"], "normativeDocuments": ["2", "2", "15"], "licensing": ["10", "-2", "8"],
        "otherServices": ["3", "0", "3"], "penalties": ["5", "+1", "6"], "enforcement": ["0", "0", "0"],
        "fees": ["1", "0"], "procurement": ["2", "35800.50元"],
      ]
    default:
      [
        "rules": ["0", "0", "0"], "normativeDocuments": ["2", "1", "15"], "licensing": ["36"], "penalties": ["5"],
        "enforcement": ["0"], "fees": ["0.25"],
      ]
    }
  }

  private static let defaultTable3: [String: [String]] = [
    "new": ["2", "1", "0", "0", "0", "0", "3"],
    "public": ["1", "0", "0", "0", "0", "0", "1"],
    "unable.notHeld": ["0", "1", "0", "0", "0", "0", "1"],
    "outcomeTotal": ["1", "1", "0", "0", "0", "0", "2"],
    "carryOver": ["1", "0", "0", "0", "0", "0", "1"],
  ]

  private static let defaultTable4: [String: [String]] = ["review": ["1", "0", "0", "0", "1"]]

  var defaultPreamble: String {
    let notice = spec.notice
    return "本报告根据《中华人民共和国政府信息公开条例》和《\(notice.noticeTitle)》（\(notice.number)）要求编制。"
      + "本报告所列数据的统计期限自\(year)年1月1日起至\(year)年12月31日止。"
  }

  var defaultProse: [Int: String] {
    [
      1: """
      \(year)年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。
      （一）主动公开情况
      全年主动公开政府信息52条。一是及时公开规范性文件；二是做好政策解读；三是更新公开目录。
      （二）依申请公开情况
      全年共收到政府信息公开申请3件，均已按期答复，结转下年度继续办理1件。
      （三）政府信息管理情况
      建立健全信息发布审查机制。
      （四）政府信息公开平台建设情况
      加强政府网站和政务新媒体建设。
      （五）监督保障情况
      本年度发生政府信息公开行政复议1件，未发生行政诉讼。
      """,
      5: """
      （一）上年度问题整改情况
      上年度报告所列问题已全部整改。
      （二）存在的主要问题
      一是公开内容不够全面；二是解读形式较为单一。
      （三）改进措施
      一是加强业务培训；二是丰富解读形式。
      """,
      6: "本机关本年度未收取信息处理费。",
    ]
  }
}
