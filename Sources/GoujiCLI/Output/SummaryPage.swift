import GoujiRules

/// The reviewer's overview as one self-contained HTML page (no script, nothing fetched): a row per report with
/// its key figures and findings by severity, charts of findings by rule and reports by status, and for each report
/// its findings and table 三 with the cells findings point at highlighted.
struct SummaryPage {
  var reports: [ReportOverview]
  var language: Language

  private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

  func render() -> String {
    """
    <!DOCTYPE html>
    <html lang="\(language == .zh ? "zh-CN" : "en")">
    <head>
    <meta charset="utf-8">
    <title>\(t("政府信息公开工作年度报告检查汇总", "Annual report review overview"))</title>
    <style>\(Self.style)</style>
    </head>
    <body>
    <h1>\(t("年度报告检查汇总", "Annual report review overview"))</h1>
    <p id="totals">\(totals())</p>
    <div id="charts">
    \(SummaryCharts.bars(ruleBars(), id: "chart-rules", title: t("各规则的问题数", "Findings by rule")))\
    \(SummaryCharts.bars(statusBars(), id: "chart-status", title: t("各状态的报告数", "Reports by status")))\
    </div>
    \(overviewTable())
    \(reports.enumerated().map { detail($1, index: $0 + 1) }.joined(separator: "\n"))
    <p class="footer">gouji \(Help.version)</p>
    </body>
    </html>

    """
  }

  private func totals() -> String {
    let findings = reports.reduce(0) { $0 + $1.diagnostics.count }
    return t("共 \(reports.count) 份报告，\(findings) 个问题。", "\(reports.count) reports, \(findings) findings.")
  }

  private func ruleBars() -> [SummaryCharts.Bar] {
    var counts: [String: (name: String, count: Int, severity: Severity)] = [:]
    for diagnostic in reports.flatMap(\.diagnostics) {
      counts[diagnostic.code, default: (diagnostic.name, 0, diagnostic.severity)].count += 1
    }
    return counts.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map { code, entry in
      SummaryCharts.Bar(label: "\(code) \(entry.name)", value: entry.count, color: Self.color(entry.severity))
    }
  }

  private func statusBars() -> [SummaryCharts.Bar] {
    ReportOverview.Status.allCases.map { status in
      SummaryCharts.Bar(
        label: statusName(status), value: reports.filter { $0.status == status }.count, color: Self.color(status))
    }
  }

  private func statusName(_ status: ReportOverview.Status) -> String {
    switch status {
    case .errors: t("有错误", "errors")
    case .warnings: t("有警告", "warnings")
    case .sound: t("无错误和警告", "sound")
    case .unreadable: t("无法读取", "unreadable")
    }
  }

  private func overviewTable() -> String {
    let headers = [
      t("报告", "Report"), t("年度", "Year"), t("格式", "Format"), t("来源", "Source"), "本年新收", "办结", "结转", "复议",
      "诉讼", t("错误", "Errors"), t("警告", "Warnings"), t("信息、提示", "Information, hints"), t("状态", "Status"),
    ]
    let rows = reports.enumerated().map { index, report in
      "<tr class=\"report status-\(report.status.rawValue)\">"
        + row(report, index: index).map { "<td>\($0)</td>" }.joined()
        + "</tr>"
    }
    return "<table id=\"reports\">\n<thead><tr>" + headers.map { "<th>\($0)</th>" }.joined()
      + "</tr></thead>\n<tbody>\n"
      + rows.joined(separator: "\n") + "\n</tbody>\n</table>"
  }

  /// The cells of a report's row in the overview table.
  private func row(_ report: ReportOverview, index: Int) -> [String] {
    let link = "<a href=\"#report-\(index + 1)\">\(HTMLText.escape(report.body ?? report.path))</a>"
    let figures: [String?] = report.figures.isEmpty ? Array(repeating: nil, count: 5) : report.figures
    let counts: [Int] = [
      report.count(.error), report.count(.warning), report.count(.information) + report.count(.hint),
    ]
    var cells: [String] = [link, report.year.map(String.init) ?? "—", report.format ?? "—", report.source]
    cells += figures.map { $0.map(HTMLText.escape) ?? "—" }
    cells += counts.map(String.init)
    cells.append(statusName(report.status))
    return cells
  }

  private func detail(_ report: ReportOverview, index: Int) -> String {
    var html =
      "<section class=\"detail\" id=\"report-\(index)\">\n<h2>\(HTMLText.escape(report.body ?? report.path))</h2>\n"
      + "<p class=\"path\">\(HTMLText.escape(report.path))</p>\n"
    if let reason = report.unreadableReason {
      return html + "<p class=\"unreadable\">\(HTMLText.escape(reason))</p>\n</section>"
    }
    html += "<ol class=\"findings\">\n"
    for (diagnostic, line) in zip(report.diagnostics, report.printedLines) {
      html +=
        "<li class=\"\(diagnostic.severity.rawValue)\">\(line): [\(diagnostic.code)] "
        + HTMLText.escape(diagnostic.message(in: language)) + "</li>\n"
    }
    html += "</ol>\n"
    guard !report.table3.isEmpty else { return html + "</section>" }
    html +=
      "<table class=\"table3\">\n<caption>\(t("表三 收到和处理政府信息公开申请情况", "Table 三"))</caption>\n"
      + "<tr><th></th>" + report.table3Columns.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr>\n"
    for row in report.table3 {
      html +=
        "<tr><th>\(HTMLText.escape(row.label))</th>"
        + row.cells.map { cell in
          let text = cell.text.map(HTMLText.escape) ?? "?"
          guard !cell.findings.isEmpty else { return "<td>\(text)</td>" }
          return "<td class=\"wrong\" title=\"\(cell.findings.joined(separator: " "))\">\(text)</td>"
        }.joined() + "</tr>\n"
    }
    return html + "</table>\n</section>"
  }

  private static func color(_ severity: Severity) -> String {
    switch severity {
    case .error: "#c62828"
    case .warning: "#ef8f00"
    case .information, .hint: "#1565c0"
    }
  }

  private static func color(_ status: ReportOverview.Status) -> String {
    switch status {
    case .errors: "#c62828"
    case .warnings: "#ef8f00"
    case .sound: "#2e7d32"
    case .unreadable: "#757575"
    }
  }

  private static let style = """
    body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
    table { border-collapse: collapse; margin: 1em 0; }
    th, td { border: 1px solid #bbb; padding: 3px 8px; text-align: right; }
    th:first-child, td:first-child { text-align: left; }
    #charts { display: flex; flex-wrap: wrap; gap: 2em; font-size: 13px; }
    tr.status-errors td:last-child { color: #c62828; font-weight: bold; }
    tr.status-warnings td:last-child { color: #ef8f00; }
    tr.status-sound td:last-child { color: #2e7d32; }
    td.wrong { background: #ffcdd2; font-weight: bold; }
    .findings li.error { color: #c62828; } .findings li.warning { color: #a65f00; }
    .path, .footer { color: #777; font-size: 90%; }
    """
}
