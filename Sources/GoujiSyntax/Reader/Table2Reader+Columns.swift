import GoujiFormats
import GoujiText

extension Table2Reader {
  /// Places the rows of each sub-table read with fewer values than columns by the positions of their values
  /// (``ColumnPlacer``), under the sub-table's own header; glued rows too, replacing their split. Table 二 has no
  /// balancing rules: an exact placement is verified, any other is `inferred`.
  func placeByColumns(
    _ rows: inout [TableRow], problems: inout [ReadingProblem], written: [Int: [RawCell]],
    clauses: [String: TextRange], format: ReportFormat
  ) {
    for subtable in format.table2 {
      let indices = rows.indices.filter { rows[$0].subtable == subtable.key && written[$0] != nil }
      guard let first = indices.first, let clause = clauses[subtable.key] else { continue }
      let header = context.lines(from: clause.start, upTo: rows[first].labelRange.start)
      let placer = ColumnPlacer(context: context, columnLabels: subtable.columns.map(\.label), headerLines: header)
      for (position, placement) in placer.placements(
        indices.map { written[$0]! }, labels: indices.map { rows[$0].labelRange })
      {
        let index = indices[position]
        rows[index].cells = context.cells(placement, verified: placement.exact)
        rows[index].writtenCellCount = nil
        let key = rows[index].key
        problems.removeAll { problem in
          switch problem.kind {
          case .cellCount(.table2, key, subtable.key, _, _), .cellsAmbiguous(.table2, key, subtable.key, _),
            .rowUnreadable(.table2, key, subtable.key):
            return true
          default:
            return false
          }
        }
      }
    }
  }
}
