import GoujiFormats
import GoujiSyntax
import GoujiText

/// The outline: each section with its table, table 二's sub-tables with their rows, and table 三's rows. Every
/// child's range lies inside its parent's, and every selection range inside its item's range.
enum OutlineBuilder {
  static func outline(_ analysis: Analysis) -> [OutlineItem] {
    let report = analysis.report
    return report.sections.map { section in
      let range = section.heading.range.union(section.bodyRange)
      var detail: String?
      if section.titleMatch != .canonical, let spec = ReportSections.spec(section.number) { detail = spec.heading }
      var item = OutlineItem(
        name: ChineseNumeral.string(section.number) + "、" + section.heading.title, detail: detail,
        kind: .section, range: range, selectionRange: section.heading.range, children: []
      )
      if let id = ReportSections.spec(section.number)?.table, !report.isPre2019, let table = report.table(id) {
        item.children = [tableItem(table, report: report).nested(in: range)]
      }
      return item
    }
  }

  private static func tableItem(_ table: ReadTable, report: Report) -> OutlineItem {
    let range = table.extent
    var item = OutlineItem(
      name: table.id.outlineName, detail: table.form?.rawValue, kind: .table, range: range,
      selectionRange: report.text.linePieces(range).first ?? range, children: []
    )
    switch table.id {
    case .table2: item.children = subtableItems(table, report: report)
    case .table3: item.children = table3Rows(table, report: report)
    case .table4: break
    }
    item.children = item.children.map { $0.nested(in: range) }
    return item
  }

  /// Table 二's sub-tables, each from its clause header to its last row, with the rows as children.
  static func subtableItems(_ table: ReadTable, report: Report) -> [OutlineItem] {
    var seen: Set<String> = []
    let subtables = (report.effectiveFormat.table2 + ReportFormats.all.flatMap(\.table2)).filter {
      seen.insert($0.key).inserted
    }
    return subtables.compactMap { subtable in
      let rows = table.rows.filter { $0.subtable == subtable.key }
      let clause = table.clauseRanges[subtable.key]
      guard let head = clause ?? rows.first?.labelRange else { return nil }
      let range = rows.reduce(head) { $0.union($1.range) }
      let children = rows.map { row in
        OutlineItem(
          name: subtable.rows.first { $0.key == row.key }?.label ?? row.label, detail: nil, kind: .row,
          range: row.range, selectionRange: row.labelRange, children: []
        ).nested(in: range)
      }
      return OutlineItem(
        name: subtable.clause, detail: nil, kind: .subtable, range: range, selectionRange: head, children: children
      )
    }.sorted { $0.range.start < $1.range.start }
  }

  private static func table3Rows(_ table: ReadTable, report: Report) -> [OutlineItem] {
    let spec = report.effectiveFormat.table3
    return table.rows.sorted { $0.labelRange.start < $1.labelRange.start }.map { row in
      let name = spec.rows.first { $0.key == row.key }?.dumpName(groups: spec.groups) ?? row.label
      let total = row.cells.last.flatMap { $0.state == .written ? "总计 \($0.text)" : nil }
      return OutlineItem(
        name: name, detail: total, kind: .row, range: row.range, selectionRange: row.labelRange,
        children: []
      )
    }
  }
}

extension OutlineItem {
  /// The item with its range limited to `parent` and its selection range limited to its range.
  func nested(in parent: TextRange) -> OutlineItem {
    var item = self
    item.range = range.clamped(to: parent)
    item.selectionRange = selectionRange.clamped(to: item.range)
    return item
  }
}

extension TextRange {
  /// The part of the range inside `outer` (an empty range at the nearest end when they do not meet).
  func clamped(to outer: TextRange) -> TextRange {
    let start = Swift.min(Swift.max(start, outer.start), outer.end)
    let end = Swift.max(start, Swift.min(end, outer.end))
    return TextRange(start: start, end: end)
  }
}
