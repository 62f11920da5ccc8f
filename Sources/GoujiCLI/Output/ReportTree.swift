import GoujiFormats
import GoujiSyntax
import GoujiText

/// The readable form of `gouji dump --format tree`: the report's parts with their line:column places.
struct ReportTree {
  let report: Report

  func rendered(path: String) -> String {
    let summary = ReportSummary(report)
    var lines = ["report \(path)"]
    lines.append("  year \(report.reportYear.map(String.init) ?? "unknown")  format \(summary.format ?? "unknown")"
      + "  expected \(report.expectedFormat?.rawValue ?? "-")  form \(report.textForm?.rawValue ?? "-")")
    if let title = report.title { lines.append("  title \(place(title.range)) \(title.text)") }
    for notice in report.notices { lines.append("  notice \(place(notice.range)) \(notice.format.rawValue) \(notice.text)") }
    if let date = report.signatureDate { lines.append("  signed \(place(date.range)) \(date.year)-\(date.month)-\(date.day)") }
    for section in report.sections {
      lines.append("  section \(section.number) \(place(section.heading.range)) \(section.heading.title)")
      for id in TableID.allCases where id.sectionNumber == section.number {
        lines += tableLines(id)
      }
    }
    for heading in report.strayHeadings { lines.append("  stray-heading \(place(heading.range)) \(heading.title)") }
    if let appendix = report.appendixStart { lines.append("  appendix \(place(TextRange(emptyAt: appendix)))") }
    for problem in report.problems { lines.append("  problem \(place(problem.range)) \(problem.kind)") }
    return lines.joined(separator: "\n") + "\n"
  }

  private func tableLines(_ id: TableID) -> [String] {
    guard let table = report.table(id) else { return ["    table \(id.rawValue) missing"] }
    var lines = ["    table \(id.rawValue) \(place(table.range)) \(table.form?.rawValue ?? "")"]
    for row in table.rows {
      let cells = row.cells.map(cellText)
      lines.append("      \(row.subtable.map { $0 + " " } ?? "")\(row.key) \(place(row.labelRange)) \(cells.joined(separator: " "))")
    }
    return lines
  }

  /// `3@5:12` written, `3@5:12(solved)`, `~3(inferred)?{3|31}`, `?{3|31}` unreadable, `✗` missing, `∅@5:12` empty.
  private func cellText(_ cell: Cell) -> String {
    switch (cell.state, cell.confidence) {
    case (.written, .solved): "\(cell.text)@\(place(cell.range))(solved)"
    case (.written, _): "\(cell.text)@\(place(cell.range))"
    case (.empty, _): "∅@\(place(cell.range))"
    case (.ambiguous(let candidates), .inferred): "~\(cell.text)(inferred)?{\(candidates.joined(separator: "|"))}"
    case (.ambiguous(let candidates), _): "?{\(candidates.joined(separator: "|"))}"
    case (.missing, _): "✗"
    }
  }

  private func place(_ range: TextRange) -> String {
    let start = report.text.lineColumn(of: range.start, in: .utf32)
    return "\(start.line + 1):\(start.column + 1)"
  }
}
