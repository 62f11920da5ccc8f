import GoujiFormats
import GoujiText

extension Table3Reader {
  /// Places together the rows still unread that show fewer values than columns, each on a line of its own, when
  /// neither their positions (``placeByColumns(_:header:format:)``, a table `pdftotext` packed one space apart) nor
  /// a stream placed them: a row is read (`solved`) only when exactly one placement of it takes part in the readings
  /// of all of them that satisfy every balancing rule (``JointPlacement``); the others stay unread.
  ///
  /// Only a table whose every row was found with at most one value per column is placed so (a row found with none
  /// is a row of empty cells): in reading order a row's line can hold only part of its values, the rest coming in a
  /// stream after another row's, and placing that part as the whole row would be a misreading.
  func placeJointly(_ state: inout RowsState, format: Table3Spec) {
    let width = format.columns.count
    let keys = format.rows.map(\.key)
    let unread = keys.filter { state.rows[$0]?.writtenCellCount != nil || state.glued[$0] != nil }
    guard !unread.isEmpty,
      keys.allSatisfy({ key in state.writtenValues[key].map { $0.count <= width } ?? false })
    else { return }
    let placer = ColumnPlacer(context: context, columnLabels: format.columns.map(\.label), headerLines: 0..<0)
    let lines = keys.map { placer.singleLine(state.writtenValues[$0]!) }
    var rows: [JointPlacement.Row] = []
    for (key, line) in zip(keys, lines) where unread.contains(key) {
      let values = state.writtenValues[key]!.compactMap { CellValueParser.integer($0.text) }
      guard let line, lines.filter({ $0 == line }).count == 1, values.count == state.writtenValues[key]!.count,
        values.allSatisfy({ $0 >= 0 })
      else { return }
      rows.append(JointPlacement.Row(key: key, values: values))
    }
    var fixed: [String: [Int?]] = [:]
    for key in keys where !unread.contains(key) { fixed[key] = state.rows[key]?.cells.map(\.arithmeticValue) }
    var budget = WorkBudget()
    let solver = JointPlacement(columns: format.columns, rules: format.rules)
    let decided = solver.decide(rows, fixed: fixed, budget: &budget)
    for key in unread {
      guard let columns = decided[key], let written = state.writtenValues[key] else { continue }
      state.settle(key, as: solvedCells(written, at: columns, width: width))
    }
  }

  /// The cells of a row decided by the rules: its values at `columns`, the other cells empty, all `solved`.
  private func solvedCells(_ written: [RawCell], at columns: [Int], width: Int) -> [Cell] {
    let empty = RawCell(text: "", range: TextRange(emptyAt: written[0].range.start))
    var cells = Array(repeating: empty, count: width)
    for (value, column) in zip(written, columns) { cells[column] = value }
    let placer = ColumnPlacer(context: context, columnLabels: [], headerLines: 0..<0)
    return placer.fillEmptyRanges(cells).map { cell in
      Cell(text: cell.text, range: cell.range, state: cell.isEmpty ? .empty : .written, confidence: .solved)
    }
  }
}
