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
  /// so a report's own unbalanced row is still reported wherever its table can be read.
  func leaveUnconfirmedRowsUnread(_ state: inout RowsState, format: Table3Spec) {
    let unread = state.rows.values.filter { $0.writtenCellCount != nil }.count
    guard unread >= Self.unreadRowsBeforeConfirming else { return }
    let check = RowRuleCheck(rules: format.rules, columns: format.columns)
    for key in format.rows.map(\.key) {
      guard let row = state.rows[key], row.writtenCellCount == nil, state.glued[key] == nil,
        !row.cells.isEmpty, row.cells.allSatisfy({ $0.isReadable && $0.confidence == .written }),
        !check.holds(row.cells.map(\.arithmeticValue))
      else { continue }
      let end = row.cells.map(\.range.end).max() ?? row.range.end
      state.rows[key]?.cells = row.cells.map { _ in Cell(text: "", range: TextRange(emptyAt: end), state: .missing) }
      state.problems.append(
        ReadingProblem(kind: .rowUnreadable(.table3, rowKey: key, subtable: nil), range: row.range)
      )
    }
  }
}
