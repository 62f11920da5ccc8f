/// Table 三 in LibreOffice's PDF in reading order when some of its last rows' values stand at the end of the page,
/// after table 四 and the sections after it: `inv-2023-t4split` writes its last six rows' values row by row, before
/// and after their labels, all but `3.其他`'s 总计 `272` and `四、结转…`'s `7`, which come after
/// `2024 年 1 月 20 日`, the page's last lines.
///
/// The rows before the first row not read by its own values hold one row's values each; from that row to the table's
/// end the values written fall short of the cells by exactly the page's end values (at most ``valueLimit``). Every way
/// of placing those among the run's values, both in the order written, is tried, the run cut into rows in order,
/// each row's own rule (R3-2) checked as it is completed, and the table is kept only when exactly one reading
/// completes it with every balancing rule holding (R3-1, R3-2, R3-3).
struct StreamPageEnd {
  let grid: StreamGrid

  /// The most values taken from the page's end.
  static let valueLimit = 3
  /// The most steps of one table's search (a step is one value placed, and checking a complete table costs a step per
  /// row; a row breaking R3-2 ends its branch). A table of zeros balances at every row, so placing three values among
  /// its 172 would try each of their 878,150 merges: such a search runs out and places nothing. `inv-2023-t4split`'s
  /// is read in fewer than 150 steps.
  static let stepLimit = 20_000

  private var width: Int { grid.format.columns.count }

  /// The search's state: the run's values and the page's end values, where the reading stands in each, and the
  /// readings of the run that complete it.
  private struct Search {
    let written: [RawCell]
    let pageEnd: [RawCell]
    var row: [RawCell] = []
    var rows: [[RawCell]] = []
    var readings: [[[RawCell]]] = []
    var budget = WorkBudget(StreamPageEnd.stepLimit)
  }

  /// Every row's cells, or `nil` when the rows before `first` do not hold one row's values each, the run from `first`
  /// on does not fall short by exactly `pageEnd`, or not exactly one placement balances.
  func read(_ rows: [StreamGrid.Row], from first: Int, pageEnd: [RawCell]) -> [String: [RawCell]]? {
    guard rows.count == grid.format.rows.count, zip(rows, grid.format.rows).allSatisfy({ $0.key == $1.key }),
      first < rows.count, (1...Self.valueLimit).contains(pageEnd.count)
    else { return nil }
    let own = rows[..<first].map { $0.lines.flatMap(\.cells) }
    let written = rows[first...].flatMap { $0.lines.flatMap(\.cells) }
    guard own.allSatisfy({ $0.count == width }), written.count + pageEnd.count == (rows.count - first) * width else {
      return nil
    }
    var search = Search(written: written, pageEnd: pageEnd)
    guard place(&search, written: 0, pageEnd: 0, own: own) else { return nil }
    guard let reading = search.readings.first, search.readings.count == 1 else { return nil }
    return Dictionary(uniqueKeysWithValues: zip(rows.map(\.key), own + reading))
  }

  /// Places the values from `written` and `pageEnd` (how many of each are placed) on; `false` when the budget ran
  /// out or a second distinct reading was found.
  private func place(_ search: inout Search, written: Int, pageEnd: Int, own: [[RawCell]]) -> Bool {
    guard search.budget.spend() else { return false }
    if search.row.count == width {
      guard grid.rowBalances(grid.inFormatOrder([search.row])[0]) else { return true }
      let row = search.row
      search.rows.append(row)
      search.row = []
      defer {
        search.row = row
        search.rows.removeLast()
      }
      return place(&search, written: written, pageEnd: pageEnd, own: own)
    }
    guard written < search.written.count || pageEnd < search.pageEnd.count else {
      return record(&search, own: own)
    }
    if written < search.written.count {
      search.row.append(search.written[written])
      defer { search.row.removeLast() }
      if !place(&search, written: written + 1, pageEnd: pageEnd, own: own) { return false }
    }
    if pageEnd < search.pageEnd.count {
      search.row.append(search.pageEnd[pageEnd])
      defer { search.row.removeLast() }
      if !place(&search, written: written, pageEnd: pageEnd + 1, own: own) { return false }
    }
    return true
  }

  /// Adds the complete reading of the run when the whole table balances and it is new; `false` once two differ.
  private func record(_ search: inout Search, own: [[RawCell]]) -> Bool {
    guard search.budget.spend(grid.format.rows.count) else { return false }
    guard grid.balances(grid.inFormatOrder(own + search.rows)) else { return true }
    let texts = search.rows.map { $0.map(\.text) }
    if !search.readings.contains(where: { $0.map { $0.map(\.text) } == texts }) { search.readings.append(search.rows) }
    return search.readings.count < 2
  }
}
