import GoujiFormats

extension ReportBuilder {
  /// The report's text.
  package func build() -> String {
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

  /// The report's text in PDF text (``Form/spaceSeparated``) with the values of the row `key` of table 二 or 三
  /// written as `run` straight after its label, as PDF text glues digits together (`行政规范性文件3125`).
  package func build(gluing key: String, of table: TableID, as run: String) -> String {
    precondition(form == .spaceSeparated, "only PDF text glues a row's values")
    let rows = table == .table2 ? spec.table2.flatMap(\.rows) : spec.table3.rows
    let label = labels[key] ?? rows.first { $0.key == key }!.label
    let written = label + " " + row(table, key).joined(separator: " ")
    return build().replacingFirst(written, with: label + run)
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

  /// Section 一 without numbers, for tests that change the tables' figures (the default prose states 3 applications,
  /// 1 carried over and 1 administrative review, and GJ401 compares them with the tables).
  package func withoutFigures() -> ReportBuilder {
    with { $0.prose[1] = "\($0.year)年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。" }
  }
}
