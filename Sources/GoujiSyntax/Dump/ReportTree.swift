import GoujiFormats
import GoujiText

/// The readable form of a reading (`gouji dump --format tree`, and the reader's golden `.tree` files): one line per
/// part of the report that has a range, indented by depth, in the order of ``Report/walk(_:)``, each with its range
/// as `line:column..line:column` (1-based, columns in characters). A row's cells follow its label on its line.
package struct ReportTree {
  package let report: Report

  package init(report: Report) {
    self.report = report
  }

  package func rendered(path: String) -> String {
    let summary = ReportSummary(report)
    var lines = ["report \(path)"]
    lines.append(
      "  year \(report.reportYear.map(String.init) ?? "unknown")  format \(summary.format ?? "unknown")"
        + "  expected \(report.expectedFormat?.rawValue ?? "-")  form \(report.textForm?.rawValue ?? "-")")
    var walked = report
    walked.walk { node, depth, ranges in
      if case .cell(let cell) = node {
        lines[lines.count - 1] += " " + cellText(cell, ranges[0])
        return
      }
      lines.append(String(repeating: "  ", count: depth) + nodeText(node, ranges))
      guard case .section(let section) = node else { return }
      for id in TableID.allCases where id.sectionNumber == section.number && report.table(id) == nil {
        lines.append(String(repeating: "  ", count: depth + 1) + "table \(id.rawValue) missing")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func nodeText(_ node: ReportNode, _ ranges: [TextRange]) -> String {
    let at = place(ranges[0])
    switch node {
    case .title(let title):
      return "title \(at) \(oneLine(title.text))" + (ranges.count > 1 ? " year \(place(ranges[1]))" : "")
    case .yearMention(let mention): return "year-statement \(at) \(mention.year) \(mention.kind)"
    case .notice(let notice): return "notice \(at) \(notice.format.rawValue) \(oneLine(notice.text))"
    case .signatureDate(let date): return "signed \(at) \(date.year)-\(date.month)-\(date.day)"
    case .section(let section):
      return "section \(section.number) \(at) \(oneLine(section.heading.title)) body \(place(ranges[3]))"
    case .strayHeading(let heading): return "stray-heading \(at) \(oneLine(heading.title))"
    case .appendix: return "appendix \(at)"
    case .table(let table): return "table \(table.id.rawValue) \(at) \(table.form?.rawValue ?? "")"
    case .extraColumn: return "extra-column \(at)"
    case .clause(let key): return "clause \(key) \(at)"
    case .header(let header): return "header \(at) \(oneLine(header.label))"
    case .groupLabel(let group): return "group \(group.key) \(at)"
    case .row(let row): return "\(row.subtable.map { $0 + " " } ?? "")\(row.key) \(at)"
    case .cell(let cell): return cellText(cell, ranges[0])
    case .unknownLabel(let label): return "unknown-label \(at) \(oneLine(label.text)) ~\(label.closestRowKey ?? "-")"
    case .evidence(let evidence): return "evidence \(at) \(evidence.format.rawValue) \(oneLine(evidence.label))"
    case .artifact(let artifact): return "artifact \(at) \(artifact.kind.rawValue)"
    case .furniture: return "furniture \(at)"
    case .problem(let problem): return "problem \(at) \(problem.kind)"
    }
  }

  /// `3@5:12..5:13` written, `3@…(solved)`, `~3@…(inferred)` placed with a doubt, `~3(inferred)?{3|31}`,
  /// `?{3|31}` unreadable, `✗` missing, `∅@5:12..5:12` empty (`~∅@…(inferred)`, `∅@…(solved)` likewise), so that a
  /// `.tree` file also fixes how sure the reader is of each cell.
  private func cellText(_ cell: Cell, _ range: TextRange) -> String {
    switch (cell.state, cell.confidence) {
    case (.written, .solved): "\(cell.text)@\(place(range))(solved)"
    case (.written, .inferred): "~\(cell.text)@\(place(range))(inferred)"
    case (.written, _): "\(cell.text)@\(place(range))"
    case (.empty, .solved): "∅@\(place(range))(solved)"
    case (.empty, .inferred): "~∅@\(place(range))(inferred)"
    case (.empty, _): "∅@\(place(range))"
    case (.ambiguous(let candidates), .inferred): "~\(cell.text)(inferred)?{\(candidates.joined(separator: "|"))}"
    case (.ambiguous(let candidates), _): "?{\(candidates.joined(separator: "|"))}"
    case (.missing, _): "✗"
    }
  }

  /// A text as one line of the dump: line breaks and TABs written as `\n`, `\r`, `\t`.
  private func oneLine(_ text: String) -> String {
    text.unicodeScalars.map { scalar in
      switch scalar {
      case "\r": "\\r"
      case "\n": "\\n"
      case "\t": "\\t"
      default: String(scalar)
      }
    }.joined()
  }

  /// `line:column..line:column`, 1-based, columns counting characters (Unicode scalars).
  private func place(_ range: TextRange) -> String {
    let start = report.text.lineColumn(of: range.start, in: .utf32)
    let end = report.text.lineColumn(of: range.end, in: .utf32)
    return "\(start.line + 1):\(start.column + 1)..\(end.line + 1):\(end.column + 1)"
  }
}
