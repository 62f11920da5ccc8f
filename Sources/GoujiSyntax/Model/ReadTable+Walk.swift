import GoujiText

extension ReadTable {
  /// The table's part of ``Report/walk(_:)``: the table, then (one level deeper) its `小计` header, clause headers,
  /// headers, group labels, rows each followed by its cells, unknown labels, evidence and problems.
  mutating func walk(depth: Int, _ visit: ReportVisitor) {
    range = Report.visited(.table(self), depth, [range], visit)[0]
    let inner = depth + 1
    if let extra = extraColumnRange { extraColumnRange = Report.visited(.extraColumn(id), inner, [extra], visit)[0] }
    for key in clauseRanges.keys.sorted() {
      clauseRanges[key] = clauseRanges[key].map { Report.visited(.clause(subtable: key), inner, [$0], visit)[0] }
    }
    Report.visitAll(&headers, inner, visit) { .header($0) }
    Report.visitAll(&groupLabels, inner, visit) { .groupLabel($0) }
    for index in rows.indices {
      rows[index].labelRange = Report.visited(.row(rows[index]), inner, [rows[index].labelRange], visit)[0]
      for cell in rows[index].cells.indices {
        Report.visitOne(&rows[index].cells[cell], inner + 1, visit, node: .cell(rows[index].cells[cell]))
      }
    }
    Report.visitAll(&unknownLabels, inner, visit) { .unknownLabel($0) }
    Report.visitAll(&evidence, inner, visit) { .evidence($0) }
    Report.visitAll(&problems, inner, visit) { .problem($0) }
  }
}
