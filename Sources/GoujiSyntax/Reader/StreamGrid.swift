import GoujiFormats

/// Table 三 as PDF text in reading order (`pdftotext` without `-layout`) gives it: every line of numbers is one row's
/// values in some columns, left to right. A row's lines follow its label, except where the table's right-hand columns
/// or a second page were written as a block of their own: those come after the last label, one line per row, in
/// blocks of consecutive rows separated by blank lines (or header words), each block to the right of the last.
///
/// The grid is placed by that structure only, and kept only when it is complete and every balancing rule holds;
/// where the lines could be placed more than one way (a stream read by rows and by columns, a row's lines in either
/// order) and the readings differ, nothing is placed.
struct StreamGrid {
  /// A row's key and the lines of numbers between its label and the next row's.
  struct Row {
    var key: String
    var lines: [ValueLine]
  }

  let format: Table3Spec
  /// The columns in the order the text shows them (indices into the format's columns), when its header shows all of
  /// them; only then may one block of lines hold more than one column of the same rows.
  let shownOrder: [Int]?
  private let rowRules: Table3RowRules

  private var width: Int { format.columns.count }

  init(format: Table3Spec, shownOrder: [Int]?) {
    self.format = format
    self.shownOrder = shownOrder
    rowRules = Table3RowRules(format)
  }

  /// The most lines of one row that are tried in every order.
  static let orderedLineLimit = 4

  /// Every row's cells in the format's column order, or `nil` when the lines do not make one complete, balancing
  /// table in exactly one way. `rows` are the format's rows in order; the last one's lines hold the stream.
  func read(_ rows: [Row]) -> [String: [RawCell]]? {
    guard rows.count == format.rows.count, zip(rows, format.rows).allSatisfy({ $0.key == $1.key }),
      let (own, stream) = ownAndStream(Self.withoutSpacing(rows.map(\.lines)))
    else { return nil }
    let choices = own.map(orderedPrefixes)
    guard choices.allSatisfy({ !$0.isEmpty }),
      choices.reduce(1, { min($0 * $1.count, Self.combinationLimit + 1) }) <= Self.combinationLimit
    else { return nil }
    var readings: [[[RawCell]]] = []
    var budget = WorkBudget()
    for prefixes in Self.combinations(choices) {
      // Each placement costs a step per value; a hostile stream runs out of steps and is left unread.
      guard budget.spend(stream.count + format.rows.count) else { return nil }
      let placed = [greedy(stream, prefixes: prefixes), rowMajor(stream, prefixes: prefixes)].compactMap { $0 }
      readings += placed.map(inFormatOrder).filter(balances)
    }
    guard let reading = readings.first,
      readings.allSatisfy({ $0.map { $0.map(\.text) } == reading.map { $0.map(\.text) } })
    else { return nil }
    return Dictionary(uniqueKeysWithValues: zip(rows.map(\.key), reading))
  }

  /// The most ways of ordering the rows' lines that are tried together.
  static let combinationLimit = 256

  /// Every choice of one item from each list, the first list's choice varying slowest.
  private static func combinations<T>(_ lists: [[T]]) -> [[T]] {
    lists.reduce([[]]) { partial, list in partial.flatMap { prefix in list.map { prefix + [$0] } } }
  }

  /// Every row's own lines and the stream after the last label. When the last row has no lines (its label came
  /// after its values, beside the table's end) the rows' lines are shared out to the end and no stream is left.
  private func ownAndStream(_ lines: [[ValueLine]]) -> (own: [[ValueLine]], stream: [ValueLine])? {
    if lines.last?.isEmpty == true, let own = distributeOverflow(lines) { return (own, []) }
    guard var own = distributeOverflow(Array(lines.dropLast())),
      let (last, stream) = splitLast(lines.last ?? [], previous: own.last ?? [])
    else { return nil }
    own.append(last)
    return (own, stream)
  }

  /// The lines as written, except when no two lines of numbers of the table stand together: LibreOffice's PDF sets
  /// every cell a blank line apart, so a blank line ends no block there and the breaks are dropped.
  private static func withoutSpacing(_ rows: [[ValueLine]]) -> [[ValueLine]] {
    let lines = rows.joined()
    guard lines.count > 1, lines.allSatisfy({ $0.breakBefore }) else { return rows }
    return rows.map { $0.map { ValueLine(cells: $0.cells, breakBefore: false) } }
  }

  /// A row holding more values than columns, followed by rows with none (their labels came after their values): its
  /// lines shared among them in equal numbers of values, in order. When no row without values follows it, the rows
  /// without values right before it share them instead: their labels stood together, before every row's values
  /// (LibreOffice's `3.其他` / `（七）总计` / fourteen values, where a page split the table and repeated its header).
  private func distributeOverflow(_ rows: [[ValueLine]]) -> [[ValueLine]]? {
    var own = rows
    var index = 0
    while index < own.count {
      guard Self.count(own[index]) > width else {
        index += 1
        continue
      }
      let after = Self.emptyRun(own, from: index + 1)
      let taken = after == 0 ? 0 : takenAfter(own, overflow: index, run: after)
      var before = 0
      while after == 0 && index - before > 0 && own[index - before - 1].isEmpty { before += 1 }
      let first = index - before
      guard taken + before > 0, let groups = Self.partition(own[index], into: taken + before + 1) else { return nil }
      for (offset, group) in groups.enumerated() { own[first + offset] = group }
      index += taken + 1
    }
    return own
  }

  /// How many of the `run` rows without values after the overflow row at `index` share its values: all of them,
  /// except when the row after them holds whole rows for some of them too (its label stood with theirs, before the
  /// values) and the two rows' whole rows fill the run exactly, with nothing empty after it: then each takes what its
  /// rows need.
  private func takenAfter(_ own: [[ValueLine]], overflow index: Int, run: Int) -> Int {
    let next = index + run + 1
    guard next < own.count else { return run }
    let (held, following) = (Self.count(own[index]), Self.count(own[next]))
    guard following > width, held % width == 0, following % width == 0,
      held / width - 1 + following / width - 1 == run, Self.emptyRun(own, from: next + 1) == 0
    else { return run }
    return held / width - 1
  }

  /// The number of rows without values from `start` on.
  private static func emptyRun(_ rows: [[ValueLine]], from start: Int) -> Int {
    var count = 0
    while start + count < rows.count && rows[start + count].isEmpty { count += 1 }
    return count
  }

  /// `lines` cut into `count` runs holding the same number of values each.
  private static func partition(_ lines: [ValueLine], into count: Int) -> [[ValueLine]]? {
    let total = Self.count(lines)
    guard total % count == 0 else { return nil }
    let size = total / count
    var groups: [[ValueLine]] = [[]]
    var filled = 0
    for line in lines {
      if filled == size {
        groups.append([])
        filled = 0
      }
      groups[groups.count - 1].append(line)
      filled += line.cells.count
      if filled > size { return nil }
    }
    return groups.count == count ? groups : nil
  }

  /// The last row's own values (as many as the row before it has, from the lines right after its label) and the
  /// stream after them.
  private func splitLast(_ lines: [ValueLine], previous: [ValueLine]) -> ([ValueLine], [ValueLine])? {
    let wanted = Self.count(previous)
    var taken = 0
    var own: [ValueLine] = []
    for line in lines where taken < wanted {
      guard !line.breakBefore else { return nil }
      own.append(line)
      taken += line.cells.count
    }
    guard taken == wanted else { return nil }
    var stream = Array(lines.dropFirst(own.count))
    if !stream.isEmpty { stream[0].breakBefore = true }
    return (own, stream)
  }

  /// The ways a row's own values can be in the order of the columns: its lines as written or, when they fill the
  /// row, in any order that the row's own rules (R3-2) allow (a row's right-hand columns can be written before its
  /// left-hand ones), each reading once. Empty when none can be.
  private func orderedPrefixes(_ lines: [ValueLine]) -> [[RawCell]] {
    let written = lines.flatMap(\.cells)
    guard written.count <= width else { return [] }
    guard written.count == width, lines.count > 1, lines.count <= Self.orderedLineLimit else { return [written] }
    var readings: [[RawCell]] = []
    for order in Self.orders(lines.count) {
      let reading = order.flatMap { lines[$0].cells }
      if rowBalances(reading) && !readings.contains(where: { $0.map(\.text) == reading.map(\.text) }) {
        readings.append(reading)
      }
    }
    return readings
  }

  /// Every order of `count` items (at most ``orderedLineLimit``!).
  private static func orders(_ count: Int) -> [[Int]] {
    guard count > 1 else { return [Array(0..<count)] }
    return orders(count - 1).flatMap { order in (0...order.count).map { order[..<$0] + [count - 1] + order[$0...] } }
  }

  private static func count(_ lines: [ValueLine]) -> Int { lines.reduce(0) { $0 + $1.cells.count } }
}

extension StreamGrid {
  /// The stream placed line by line: a block's lines go to consecutive rows still short of values, starting at the
  /// first such row, each line after the row's values so far. A block longer than the rows left starts again at the
  /// first row (the next column) only when the header shows the order of the columns.
  fileprivate func greedy(_ stream: [ValueLine], prefixes: [[RawCell]]) -> [[RawCell]]? {
    var cells = prefixes
    var previous: Int?
    for line in stream {
      let open = { (row: Int) in cells[row].count < self.width }
      var row: Int?
      if let previous, !line.breakBefore {
        row = cells.indices.dropFirst(previous + 1).first(where: open)
        if row == nil && shownOrder != nil { row = cells.indices.first(where: open) }
      } else {
        row = cells.indices.first(where: open)
      }
      guard let row, line.cells.count <= width - cells[row].count else { return nil }
      cells[row] += line.cells
      previous = row
    }
    return cells
  }

  /// The stream's values one after another, row by row (a stream of whole rows, however its lines were broken).
  fileprivate func rowMajor(_ stream: [ValueLine], prefixes: [[RawCell]]) -> [[RawCell]]? {
    var values = stream.flatMap(\.cells)[...]
    var cells = prefixes
    for row in cells.indices {
      let needed = width - cells[row].count
      guard values.count >= needed else { return nil }
      cells[row] += values.prefix(needed)
      values = values.dropFirst(needed)
    }
    return values.isEmpty ? cells : nil
  }

  /// The rows' cells in the format's column order (the text's order is the header's). A row the placement left
  /// short stays as it is: it cannot balance, and its values have no column to move to.
  func inFormatOrder(_ rows: [[RawCell]]) -> [[RawCell]] {
    guard let shownOrder else { return rows }
    return rows.map { row in
      guard row.count == width else { return row }
      var ordered = row
      for (position, column) in shownOrder.enumerated() where position < row.count { ordered[column] = row[position] }
      return ordered
    }
  }

  /// Whether one row's values satisfy the rules within a row (R3-2).
  func rowBalances(_ row: [RawCell]) -> Bool {
    let values = row.compactMap { CellValueParser.integer($0.text) }
    return values.count == width && rowRules.hold(values)
  }

  /// Whether the table is complete and every balancing rule holds (rows in the format's order).
  func balances(_ rows: [[RawCell]]) -> Bool {
    guard rows.allSatisfy(rowBalances) else { return false }
    let table = Dictionary(
      uniqueKeysWithValues: zip(format.rows.map(\.key), rows.map { $0.map { CellValueParser.integer($0.text)! } })
    )
    return format.rules.filter { $0.axis == .eachColumn }.allSatisfy { rule in
      (0..<width).allSatisfy { column in
        let total = rule.total.compactMap { table[$0]?[column] }
        let parts = rule.parts.compactMap { table[$0]?[column] }
        return total.count == rule.total.count && parts.count == rule.parts.count && Self.sum(total) == Self.sum(parts)
      }
    }
  }

  private static func sum(_ values: [Int]) -> Int { values.reduce(0, &+) }
}
