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
        rows.append(Self.locate(row, in: .table2, columns: columns))
      }
    }
    for (id, columns) in [(TableID.table3, format.table3.columns), (.table4, format.table4.columns)] {
      guard let table = report.table(id) else { continue }
      for row in table.rows { rows.append(Self.locate(row, in: id, columns: columns)) }
    }
    return rows
  }

  /// The cells of `row` with their columns, as far as both go. By index: a `zip` copied each column spec and cell
  /// twice.
  private static func locate(_ row: TableRow, in table: TableID, columns: [ColumnSpec]) -> [LocatedCell] {
    let count = min(columns.count, row.cells.count)
    var located: [LocatedCell] = []
    located.reserveCapacity(count)
    for index in 0..<count {
      located.append(LocatedCell(table: table, row: row, column: columns[index], cell: row.cells[index]))
    }
    return located
  }

  /// `“行政许可”行` / `行政复议` for messages about a row of any table.
  package func rowTitle(_ located: LocatedCell) -> String {
    located.table == .table4 ? rowName(.table4, located.row.key) : "“\(rowName(located.table, located.row.key))”"
  }
}
