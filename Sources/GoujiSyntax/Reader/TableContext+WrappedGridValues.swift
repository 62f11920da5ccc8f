import GoujiFormats
import GoujiText

extension TableContext {
  /// `cells`, read from one grid line, left unread when some of their values continue on other lines of their grid
  /// row (``GridRowJoin/wrappedValues(_:in:)``: w3m's `２０` over `６` in table 二, `４` over `３` in table 四's 总计):
  /// every cell unread, with a `gridValueWrapped` problem over the pieces (GJ308); `nil` when none wraps or the
  /// cells are not a grid's. A piece read as a value would be a wrong value (and, in table 四, a false GJ314).
  func unreadWrappedGridValues(
    _ cells: [Cell], form: TextForm, table: TableID, rowKey: String
  ) -> (cells: [Cell], problem: ReadingProblem)? {
    var lines = GridRowJoin.LineCache(text)
    guard let problem = wrappedGridValuesProblem(cells, form: form, table: table, rowKey: rowKey, lines: &lines) else {
      return nil
    }
    return (Cell.unread(cells, orEmptyAt: problem.range.end), problem)
  }

  /// The `gridValueWrapped` problem of `cells` over all the pieces of their wrapped values, `nil` when none wraps or
  /// the cells are not a grid's. `lines`: the lines of the text as read for the table's rows before (``GridRowJoin/LineCache``).
  func wrappedGridValuesProblem(
    _ cells: [Cell], form: TextForm?, table: TableID, rowKey: String, lines: inout GridRowJoin.LineCache
  ) -> ReadingProblem? {
    guard form == .grid else { return nil }
    let wrapped = GridRowJoin.wrappedValues(cells, lines: &lines)
    guard let start = wrapped.map(\.range.start).min(), let end = wrapped.map(\.range.end).max() else { return nil }
    let kind = ReadingProblem.Kind.gridValueWrapped(table, rowKey: rowKey, values: wrapped)
    return ReadingProblem(kind: kind, range: TextRange(start: start, end: end))
  }
}
