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
struct ReportBuilder {
  /// How the tables are written (the four forms of `real-world-text.md` less the flattened one).
  enum Form: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// Form A, copied from Word: every cell on a line starting with a TAB, a blank line between rows.
    case cellPerLine
    /// Form B, copied from a web page: one row per line, cells separated by TABs.
    case tabSeparated
    /// Form C, PDF text: one row per line, cells separated by one space.
    case spaceSeparated

    var testDescription: String { rawValue }
  }

  var format: FormatID
  /// The report year; 2021 for the 2021 format and 2020 for the 2019 format unless set.
  var year: Int
  var form: Form
  var lineEnding = "\n"
  var agency = "某市科学技术局"
  /// The title block; by default the agency on one line and `2021年政府信息公开工作年度报告` on the next.
  var title: String?
  /// The paragraph between the title and section 一 (cites the format notice and states the statistics period).
  var preamble: String?
  /// Headings as written, by section number; the canonical heading otherwise.
  var headings: [Int: String] = [:]
  /// The prose of a section (for 二/三/四: the text before the table), by section number.
  var prose: [Int: String] = [:]
  /// The order in which sections are written.
  var sectionOrder = [1, 2, 3, 4, 5, 6]
  var omittedSections: Set<Int> = []
  /// Sections written without their table.
  var omittedTables: Set<TableID> = []
  /// Row labels as written, by row key (table 二 and 三 keys do not collide); the canonical label otherwise.
  var labels: [String: String] = [:]
  var omittedRows: Set<String> = []
  /// Rows of the table written after the row with this key: a label as written and its values.
  var extraRows: [String: (label: String, values: [String])] = [:]
  /// What follows section 六: the signature and date by default.
  var closing: String?
  private var values: [TableID: [String: [String]]]

  init(_ format: FormatID = .format2021, form: Form = .cellPerLine, year: Int? = nil) {
    self.format = format
    self.form = form
    self.year = year ?? (format == .format2019 ? 2020 : 2021)
    values = [
      .table2: ReportBuilder.defaultTable2(format), .table3: ReportBuilder.defaultTable3,
      .table4: ReportBuilder.defaultTable4,
    ]
  }

  var spec: ReportFormat { ReportFormats.format(format) }

  // MARK: Changing cells

  /// The values of a row as written (table 四's rows are `review`, `suitDirect`, `suitAfterReview`).
  func row(_ table: TableID, _ key: String) -> [String] {
    values[table]?[key] ?? Array(repeating: "0", count: columns(table, row: key).count)
  }

  /// Sets every value of a row.
  func setting(_ table: TableID, _ key: String, _ rowValues: [String]) -> ReportBuilder {
    var copy = self
    copy.values[table, default: [:]][key] = rowValues
    return copy
  }

  /// Sets one cell, by row key and column key (`.table3, "new", "natural"`).
  func setting(_ table: TableID, _ key: String, _ column: String, _ value: String) -> ReportBuilder {
    let index = columns(table, row: key).firstIndex { $0.key == column }
    guard let index else { preconditionFailure("no column \(column) in row \(key) of \(table)") }
    var rowValues = row(table, key)
    rowValues[index] = value
    return setting(table, key, rowValues)
  }

  /// Any other change, written as a closure: `builder.with { $0.headings[6] = "六、其他事项" }`.
  func with(_ change: (inout ReportBuilder) -> Void) -> ReportBuilder {
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
    default:  // the 2021 format, and formats made from it
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

  private var defaultPreamble: String {
    let notice = spec.notice
    return "本报告根据《中华人民共和国政府信息公开条例》和《\(notice.noticeTitle)》（\(notice.number)）要求编制。"
      + "本报告所列数据的统计期限自\(year)年1月1日起至\(year)年12月31日止。"
  }

  private var defaultProse: [Int: String] {
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

  // MARK: Building

  /// The report's text.
  func build() -> String {
    var parts: [String] = [title ?? "\(agency)\n\(year)年政府信息公开工作年度报告", "", preamble ?? defaultPreamble]
    for number in sectionOrder where !omittedSections.contains(number) {
      parts.append(headings[number] ?? ReportSections.spec(number)!.heading)
      if let text = prose[number] ?? defaultProse[number] { parts.append(text) }
      if let table = ReportSections.spec(number)!.table, !omittedTables.contains(table) {
        parts.append(self.table(table) + (form == .cellPerLine ? "\n" : ""))
      }
    }
    parts.append(closing ?? "\n\(agency)\n\(year + 1)年1月20日")
    let text = parts.joined(separator: "\n") + "\n"
    return lineEnding == "\n" ? text : text.replacingOccurrences(of: "\n", with: lineEnding)
  }

  private func table(_ id: TableID) -> String {
    switch id {
    case .table2: table2()
    case .table3: table3()
    case .table4: table4()
    }
  }

  /// Rows joined as the form joins them; each row is its cells (label cells first).
  private func rows(_ rows: [[String]]) -> String {
    switch form {
    case .cellPerLine: rows.map { $0.map { "\t" + $0 }.joined(separator: "\n") }.joined(separator: "\n\n")
    case .tabSeparated: rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    case .spaceSeparated: rows.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: "\n")
    }
  }

  private func dataRows(_ key: String, label: [String], table: TableID) -> [[String]] {
    var result: [[String]] = []
    if !omittedRows.contains(key) { result.append(label + row(table, key)) }
    if let extra = extraRows[key] {
      result.append(Array(repeating: "", count: label.count - 1) + [extra.label] + extra.values)
    }
    return result
  }

  private func table2() -> String {
    var lines: [[String]] = []
    for subtable in spec.table2 {
      // A web copy keeps the table's width on the header rows: the clause and 信息内容 rows are padded.
      let width = form == .tabSeparated ? 4 : 0
      lines.append(padded([subtable.clause], to: width))
      lines.append(padded(["信息内容"] + subtable.columns.map(\.label), to: width))
      for row in subtable.rows {
        lines += dataRows(row.key, label: [labels[row.key] ?? row.label], table: .table2)
      }
    }
    return rows(lines)
  }

  private func padded(_ cells: [String], to width: Int) -> [String] {
    cells + Array(repeating: "", count: max(0, width - cells.count))
  }

  private func table3() -> String {
    let table = spec.table3
    let columns = table.columns.map(\.label)
    var lines: [[String]]
    switch form {
    case .cellPerLine:
      lines = [
        [table.note, "申请人情况"], ["", columns[0], "法人或其他组织", columns[6]], ["", ""] + columns[1...5] + [""],
      ]
    case .tabSeparated:
      lines = [
        [table.note, "", "", "申请人情况"] + Array(repeating: "", count: 6),
        ["", "", "", columns[0], "法人或其他组织", "", "", "", "", columns[6]],
        ["", "", "", ""] + columns[1...5] + [""],
      ]
    case .spaceSeparated:
      lines = [[table.note], ["申请人情况"], [columns[0]], ["法人或其他组织"], [columns[6]], Array(columns[1...5])]
    }
    var shownGroups: Set<String> = []
    for row in table.rows {
      let label = labels[row.key] ?? row.label
      // Label cells: the top-level label; or the group label on the group's first row (empty on later rows, where
      // Word and web copies leave a merged cell), then the row's own label.
      var cells: [String]
      if row.group == nil {
        cells = [label, "", ""]
      } else if row.group == "outcome" {
        cells = [shownGroups.insert("outcome").inserted ? "三、本年度办理结果" : "", label, ""]
      } else {
        let group = table.groups.first { $0.key == row.group }!
        cells = ["", shownGroups.insert(group.key).inserted ? group.label : "", label]
      }
      switch form {
      case .cellPerLine:
        while cells.count > 1 && cells.last == "" { cells.removeLast() }
      case .tabSeparated:
        break
      case .spaceSeparated:
        // PDF text: a group label stands on a line of its own before its first row.
        lines += cells.dropLast().filter { !$0.isEmpty && $0 != label }.map { [$0] }
        cells = [label]
      }
      lines += dataRows(row.key, label: cells, table: .table3)
    }
    return rows(lines)
  }

  private func table4() -> String {
    let headers = spec.table4.columns.map(\.label)
    let values = spec.table4.rows.flatMap { row(.table4, $0.key) }
    switch form {
    case .cellPerLine:
      return rows([
        ["行政复议", "行政诉讼"], headers + ["未经复议直接起诉", "复议后起诉"],
        Array(repeating: "", count: 5) + headers + headers, values,
      ])
    case .tabSeparated:
      return rows([
        ["行政复议", "", "", "", "", "行政诉讼"] + Array(repeating: "", count: 9),
        headers + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
        Array(repeating: "", count: 5) + headers + headers, values,
      ])
    case .spaceSeparated:
      return rows([["行政复议", "行政诉讼"], headers, ["未经复议直接起诉", "复议后起诉"], headers + headers, values])
    }
  }
}

extension ReportBuilder {
  /// Section 一 without numbers, for tests that change the tables' figures (the default prose states 3 applications,
  /// 1 carried over and 1 administrative review, and GJ401 compares them with the tables).
  func withoutFigures() -> ReportBuilder {
    with { $0.prose[1] = "\($0.year)年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。" }
  }
}
