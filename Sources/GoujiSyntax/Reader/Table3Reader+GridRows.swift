import GoujiFormats
import GoujiText

extension Table3Reader {
  /// The rows not among `found` whose labels are broken inside a grid cell (``GridRowJoin``), looked for in the
  /// whole region (the table's first row may be one of them).
  func gridJoinedRows(_ found: [LabelOccurrence], region: TextRange) -> [GridRowJoin.Join] {
    let derived = Table3Reader.derived.value
    let foundKeys = Set(found.map(rowKey))
    guard derived.rows.contains(where: { !foundKeys.contains($0.key) }) else { return [] }
    let missing = { (id: LabelID) -> Bool in
      if case .row(let key) = id { return !foundKeys.contains(key) }
      return false
    }
    return derived.gridRows.joins(
      in: region, of: context.text, missing: missing, patterns: derived.bodyMatcher.patterns
    )
  }

  /// Gives each row read from a grid join its label as the pieces spell it, and leaves unread each whose values
  /// stand on several lines of its grid row (which cells are the row's is not certain): a `gridRowSpread` problem
  /// over those values (GJ308 says what happened, not that digits run together).
  func settleGridJoins(_ joins: [String: GridRowJoin.Join], in state: inout RowsState) {
    for (key, join) in joins {
      guard let row = state.rows[key] else { continue }
      state.rows[key]?.label = join.label
      guard let spread = join.spreadProblem(.table3, rowKey: key) else { continue }
      state.leaveUnread(key, row, as: spread)
    }
  }
}

extension Table3Reader {
  /// Leaves unread each row read from a grid line whose values continue on other lines of their grid row
  /// (``GridRowJoin/wrappedValues(_:in:)``, w3m's `１６１` / `５`): a `gridValueWrapped` problem over every piece
  /// (GJ308), never the line's pieces as values.
  /// The rows share one reading of the text's lines (``GridRowJoin/LineCache``).
  func leaveWrappedGridValuesUnread(_ state: inout RowsState) {
    var lines = GridRowJoin.LineCache(context.text)
    for key in state.rows.keys.sorted() {
      guard let row = state.rows[key],
        let problem = context.wrappedGridValuesProblem(
          row.cells, form: row.form, table: .table3, rowKey: key, lines: &lines)
      else { continue }
      state.leaveUnread(key, row, as: problem)
    }
  }
}
