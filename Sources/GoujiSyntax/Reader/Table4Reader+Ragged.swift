import GoujiText

extension Table4Reader {
  /// The fifteen cells of a value line with fewer values, placed on the grid of the `header` lines (from the first
  /// header label's) and the line itself (``RaggedGrid``: `inscriptis` writes the header's rows without the cells
  /// spanning rows, so the header's words stand in other columns than the values under them); read only when every
  /// group's 总计 holds with them (R4), otherwise `nil`.
  func placeOnGrid(_ raw: [RawCell], header: Range<Int>) -> [Cell]? {
    let count = Table4Reader.spec.rows.count * Table4Reader.spec.columns.count
    guard let first = raw.first else { return nil }
    let line = context.text.line(containing: first.range.start)
    guard header.lowerBound <= line, let grid = RaggedGrid(context: context, lines: Array(header.lowerBound...line)),
      let columns = grid.columns(of: raw, afterLabelEnding: nil), let last = columns.last, last < count
    else { return nil }
    let cells = RaggedGrid.cells(raw, in: columns, count: count)
    guard Table4Reader.balances(cells.map { $0.isEmpty ? 0 : CellValueParser.integer($0.text) }) else { return nil }
    return context.cells(ColumnPlacement(cells: cells, exact: true), verified: true)
  }
}
