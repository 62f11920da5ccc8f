import GoujiFormats
import GoujiText

extension Table3Reader {
  /// How many rows of table 三 must be left unread, their values not fitting their columns, before a row whose
  /// values fit by their count alone must also satisfy its own each-row rule to be read.
  static let unreadRowsBeforeConfirming = 3

  /// Leaves unread each row whose values fit its columns by their count alone (read as written) but break its own
  /// each-row rule (R3-2), in a table where several other rows were left unread because their values did not fit.
  ///
  /// Such a table's text has lost which values belong to which row: LibreOffice's PDF in reading order writes a
  /// row's values after the next row's label, and a row that happens to show seven numbers holds a neighbour's as
  /// often as its own. Read as written, they made a GJ310 error from a misreading (`inv-2024-zone`, word-pdf-raw).
  /// A row that balances, a row placed by the rules (solved), and every row of a table read otherwise stay as read,
  /// so a report's own unbalanced row is still reported wherever its table can be read. `alsoUnread` counts the
  /// glued rows no split decides (flattened text: a 序号 column's number glued to a row's 总计, `…0 0 1814` +
  /// `2.没有现成…`, `inv-2021-serial`). Returns whether a row was left unread.
  @discardableResult
  func leaveUnconfirmedRowsUnread(_ state: inout RowsState, format: Table3Spec, alsoUnread: Int = 0) -> Bool {
    let unread = state.rows.values.filter { $0.writtenCellCount != nil }.count + alsoUnread
    guard unread >= Self.unreadRowsBeforeConfirming else { return false }
    var changed = false
    let check = RowRuleCheck(rules: format.rules, columns: format.columns)
    for key in format.rows.map(\.key) {
      guard let row = state.rows[key], row.writtenCellCount == nil, state.glued[key] == nil,
        !row.cells.isEmpty, row.cells.allSatisfy({ $0.isReadable && $0.confidence == .written }),
        !check.holds(row.cells.map(\.arithmeticValue))
      else { continue }
      // Values one a line are not run together: a problem of their own says what the text shows.
      let apart = context.standOnLinesOfTheirOwn(row.cells)
      let kind = ReadingProblem.Kind.rowValuesApart(.table3, rowKey: key, values: row.cells.count)
      state.leaveUnread(key, row, as: apart ? ReadingProblem(kind: kind, range: row.range) : nil)
      changed = true
    }
    return changed
  }

  /// `readings` with each glued row's split that breaks its own each-row rule (R3-2) made unreadable, in a table
  /// where several other rows were left unread (unfit or unsplittable); and in any table, each split holding a piece
  /// that is neither a count nor a mark (`17 -——5——22`, `inv-2022-dashes`, flat-glued: `——5` was a cell).
  ///
  /// A split that no rule confirms is read as written only because the column kinds allow no other (the solver's
  /// forced split). In a flattened table that lost several rows, the digits glued at a row's end may be the next
  /// row's text: a 序号 column's number written before each label (`…02 6`, then the next row's `11`, then
  /// `7.属于行政执法案卷`: `02 611`, `inv-2021-serial`, flat-glued) read as a 总计 of 611, a GJ310 error from a misreading.
  func confirmingForcedSplits(
    _ readings: [String: GluedRowReading], state: RowsState, format: Table3Spec
  ) -> [String: GluedRowReading] {
    let unfit = state.rows.values.filter { $0.writtenCellCount != nil }.count
    let unsplit = readings.values.filter { if case .solved = $0 { return false } else { return true } }.count
    let confirming = unfit + unsplit >= Self.unreadRowsBeforeConfirming
    let check = RowRuleCheck(rules: format.rules, columns: format.columns)
    return readings.mapValues { reading in
      guard case .solved(let split) = reading else { return reading }
      let values = split.values.map(MarkPieces.countedValue)
      // A piece that is neither a count nor a mark (`——5`: a mark glued to the next count) is no cell's value.
      guard values.contains(nil) || confirming && !check.holds(values) else { return reading }
      return .unreadable
    }
  }
}

extension Table3Reader.RowsState {
  /// Leaves `row` (the row read under `key`) unread: its cells empty at the end of its values, and `problem` (by
  /// default a `rowUnreadable` problem at the row; GJ308).
  mutating func leaveUnread(_ key: String, _ row: TableRow, as problem: ReadingProblem? = nil) {
    rows[key]?.cells = Cell.unread(row.cells, orEmptyAt: row.range.end)
    problems.append(
      problem ?? ReadingProblem(kind: .rowUnreadable(.table3, rowKey: key, subtable: nil), range: row.range))
  }
}
