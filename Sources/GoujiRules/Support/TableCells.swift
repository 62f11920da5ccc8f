import GoujiFormats
import GoujiSyntax

/// A cell of any table with what it is: its table, row, column and the kind of value the column holds.
package struct LocatedCell: Sendable {
  package var table: TableID
  package var row: TableRow
  package var column: ColumnSpec
  package var cell: Cell
}

extension RuleContext {
  /// Every cell of the three tables, row by row, with its column; made once per context.
  package var allCells: [[LocatedCell]] {
    cellsCache.value(locateCells)
  }

  private func locateCells() -> [[LocatedCell]] {
    guard tablesApply else { return [] }
    var rows: [[LocatedCell]] = []
    if let table = report.table2 {
      let subtables = ReportFormats.all.flatMap(\.table2)
      for row in table.rows {
        let columns =
          format.table2.first { $0.key == row.subtable }?.columns
          ?? subtables.first { $0.key == row.subtable }?.columns ?? []
        rows.append(zip(columns, row.cells).map { LocatedCell(table: .table2, row: row, column: $0, cell: $1) })
      }
    }
    for (id, columns) in [(TableID.table3, format.table3.columns), (.table4, format.table4.columns)] {
      guard let table = report.table(id) else { continue }
      for row in table.rows {
        rows.append(zip(columns, row.cells).map { LocatedCell(table: id, row: row, column: $0, cell: $1) })
      }
    }
    return rows
  }

  /// `“行政许可”行` / `行政复议` for messages about a row of any table.
  package func rowTitle(_ located: LocatedCell) -> String {
    located.table == .table4 ? rowName(.table4, located.row.key) : "“\(rowName(located.table, located.row.key))”"
  }
}
