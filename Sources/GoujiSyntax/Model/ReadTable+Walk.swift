import GoujiText

extension ReadTable {
  /// The table's part of ``Report/walk(_:)``: the table, then (one level deeper) its `小计` header, clause headers,
  /// headers, group labels, rows each followed by its cells, unknown labels, evidence and problems.
  mutating func walk<Walker: ReportWalker>(depth: Int, _ walker: inout Walker) {
    let table = self
    walker.visit(.table(table), depth: depth, range: &range)
    let inner = depth + 1
    if var extra = extraColumnRange {
      walker.visit(.extraColumn(id), depth: inner, range: &extra)
      extraColumnRange = extra
    }
    for key in clauseRanges.keys.sorted() {
      guard var clause = clauseRanges[key] else { continue }
      walker.visit(.clause(subtable: key), depth: inner, range: &clause)
      clauseRanges[key] = clause
    }
    Report.visitAll(&headers, inner, &walker) { .header($0) }
    Report.visitAll(&groupLabels, inner, &walker) { .groupLabel($0) }
    for index in rows.indices {
      let row = rows[index]
      var label = row.labelRange
      walker.visit(.row(row), depth: inner, range: &label)
      rows[index].labelRange = label
      Report.visitAll(&rows[index].cells, inner + 1, &walker) { .cell($0) }
    }
    Report.visitAll(&unknownLabels, inner, &walker) { .unknownLabel($0) }
    Report.visitAll(&evidence, inner, &walker) { .evidence($0) }
    Report.visitProblems(&problems, inner, &walker)
  }
}
