/// Table 三 in LibreOffice's PDF in reading order when some rows' right-hand cells are wider than the rest
/// (`1441` / `11108` beside `4842` … `1581`): `pdftotext` writes such a row's first values in their place and its
/// last one to three values (its tail) later, after other rows' values (`一、本年新收…` / `4842` … `1581` / … /
/// `（六）其他处理` / `1441` / `11108`; the last rows' first values, then their tails: `863 … 0` / `4845 … 1583` /
/// `3 0 0 4 0` / `0 1024` / `1438 11125` / `3 10`).
///
/// The table's values, in the order written, are read as two sequences merged: every row's first values in the
/// order of the rows, and the tails of the rows written apart, in the order of the rows too, each tail after its
/// row's first values. Labels are not used: LibreOffice writes some labels after their values. Every such reading
/// is tried (a bounded search, checking each row's own rule, R3-2, as it is completed) and the table is kept only
/// when every reading that completes it with every balancing rule holding gives the same values; when the search
/// runs out of steps, nothing is placed.
struct StreamTails {
  let grid: StreamGrid

  /// The most values of one row written apart from its first values.
  static let tailLimit = 3
  /// The most rows whose tails are awaited at once.
  static let pendingLimit = 4
  /// The most steps of one table's search: far fewer than other searches, since a table of zeros balances at almost
  /// every step (a reader fuzz input of zeros one to a line took over 20 seconds at ``WorkBudget/perTable``).
  static let stepLimit = 20_000

  private var width: Int { grid.format.columns.count }

  /// The search's state: the values, where the reading stands, and the rows read so far.
  private struct Search {
    let values: [RawCell]
    var position = 0
    /// The next row whose first values are read.
    var nextRow = 0
    /// The rows whose tails are awaited, in the order of the rows.
    var pending: [Int] = []
    var cells: [[RawCell]]
    /// The row whose first values were read last, when nothing was read after them.
    var lastHead: Int?
    var readings: [[[RawCell]]] = []
    var budget = WorkBudget(StreamTails.stepLimit)
  }

  /// Every row's cells, or `nil` when the values do not read as such a table in exactly one way.
  func read(_ rows: [StreamGrid.Row]) -> [String: [RawCell]]? {
    guard rows.count == grid.format.rows.count, zip(rows, grid.format.rows).allSatisfy({ $0.key == $1.key }) else {
      return nil
    }
    let values = rows.flatMap { $0.lines.flatMap(\.cells) }
    guard values.count == rows.count * width else { return nil }
    var search = Search(values: values, cells: Array(repeating: [], count: rows.count))
    guard place(&search), let reading = search.readings.first, search.readings.count == 1 else { return nil }
    return Dictionary(uniqueKeysWithValues: zip(rows.map(\.key), reading))
  }

  /// Reads on from `search.position` in every way, adding each balancing reading with distinct values; `false` when
  /// the budget ran out or a second distinct reading was found (the search stops: nothing can be placed).
  private func place(_ search: inout Search) -> Bool {
    guard search.budget.spend() else { return false }
    if search.position == search.values.count {
      return complete(&search)
    }
    if let row = search.pending.first, search.lastHead != row, !placeTail(of: row, &search) { return false }
    return search.nextRow < search.cells.count ? placeHeads(&search) : true
  }

  /// The next row's first values: the whole row, or all but its last one to ``tailLimit`` values.
  private func placeHeads(_ search: inout Search) -> Bool {
    let row = search.nextRow
    let left = search.values.count - search.position
    let shortest = search.pending.count < Self.pendingLimit ? max(1, width - Self.tailLimit) : width
    for count in stride(from: min(width, left), through: shortest, by: -1) {
      let head = Array(search.values[search.position..<search.position + count])
      if count == width && !grid.rowBalances(head) { continue }
      let saved = (search.pending, search.lastHead)
      search.cells[row] = head
      search.position += count
      search.nextRow += 1
      if count < width { search.pending.append(row) }
      search.lastHead = row
      let going = place(&search)
      (search.pending, search.lastHead) = saved
      search.nextRow -= 1
      search.position -= count
      search.cells[row] = []
      if !going { return false }
    }
    return true
  }

  /// The tail of the first row awaiting one, when it completes the row so that its own rule holds.
  private func placeTail(of row: Int, _ search: inout Search) -> Bool {
    let count = width - search.cells[row].count
    guard search.position + count <= search.values.count else { return true }
    let full = search.cells[row] + search.values[search.position..<search.position + count]
    guard grid.rowBalances(full) else { return true }
    let saved = (search.cells[row], search.lastHead)
    search.cells[row] = full
    search.position += count
    search.pending.removeFirst()
    search.lastHead = nil
    let going = place(&search)
    search.pending.insert(row, at: 0)
    search.position -= count
    (search.cells[row], search.lastHead) = saved
    return going
  }

  /// Records a complete reading when every rule holds; `false` when it is a second distinct one.
  private func complete(_ search: inout Search) -> Bool {
    guard search.pending.isEmpty, search.nextRow == search.cells.count else { return true }
    let reading = grid.inFormatOrder(search.cells)
    guard grid.balances(reading) else { return true }
    let texts = reading.map { $0.map(\.text) }
    if !search.readings.contains(where: { $0.map { $0.map(\.text) } == texts }) { search.readings.append(reading) }
    return search.readings.count == 1
  }
}
