import GoujiFormats

extension StreamBlocks {
  /// The search for every placement of one page's stream, block by block, into its rows (``StreamBlocks``).
  ///
  /// The search spends one step of the budget per block tried, and on hostile text it spends them all, so a step
  /// allocates nothing: a cell is its number (the rows' own cells first, then the stream's), the rows are one array
  /// of cell numbers, `width` per row, with each row's count beside it, and the cells' texts and values are looked
  /// up once before the search. Placements are compared by their cells' text numbers (equal texts, equal numbers).
  struct PageFill {
    /// The rows' own cells followed by the stream's.
    private let cells: [RawCell]
    /// Each cell's text as a number, the same for cells with equal texts.
    private let texts: [Int]
    /// Each cell's whole number, `nil` when its text is not one.
    private let values: [Int?]
    /// Whether each value of the stream follows the one before it on the same line or the next line.
    private let joined: [Bool]
    /// Whether each value of the stream stands on the line of the one before it.
    private let sameLine: [Bool]
    /// For each position of the stream (and its end), the furthest a block starting there may reach: the next
    /// change of layout (``layoutChanges(sameLine:joined:)``) after it, or the stream's end.
    private let blockLimits: [Int]
    /// Whether a change of layout stands at each position of the stream (and its end).
    private let changesLayout: [Bool]
    /// The number of the stream's first cell.
    private let streamStart: Int
    private let width: Int
    private let rowRules: Table3RowRules

    /// The rows' cells: row `r`'s are `slots[r * width ..< r * width + counts[r]]`.
    private var slots: [Int]
    private var counts: [Int]
    /// The complete distinct placements found, and their cells' text numbers row after row.
    private(set) var found: [[[RawCell]]] = []
    private var foundTexts: [[Int]] = []

    init(
      own: [[RawCell]], stream: [(cell: RawCell, joined: Bool, sameLine: Bool)], width: Int, rowRules: Table3RowRules
    ) {
      cells = own.joined() + stream.map(\.cell)
      var numbers: [String: Int] = [:]
      texts = cells.map { cell in
        if let number = numbers[cell.text] { return number }
        numbers[cell.text] = numbers.count
        return numbers.count - 1
      }
      values = cells.map { CellValueParser.integer($0.text) }
      joined = stream.map(\.joined)
      sameLine = stream.map(\.sameLine)
      changesLayout = Self.layoutChanges(sameLine: sameLine, joined: joined) + [false]
      var limit = stream.count
      var limits = Array(repeating: stream.count, count: stream.count + 1)
      for position in stream.indices.reversed() {
        limits[position] = limit
        if changesLayout[position] { limit = position }
      }
      blockLimits = limits
      streamStart = cells.count - stream.count
      self.width = width
      self.rowRules = rowRules
      slots = Array(repeating: 0, count: own.count * width)
      counts = own.map(\.count)
      var next = 0
      for (row, rowCells) in own.enumerated() {
        for column in rowCells.indices { slots[row * width + column] = next + column }
        next += rowCells.count
      }
    }

    /// Places the stream from `position` on, block by block, adding each complete distinct placement to ``found``;
    /// `false` when the budget ran out or the page has too many placements. A block starts at the first row with the
    /// fewest values or, after a block written row by row or a column ended by a change of layout (`before`), may
    /// continue its rows while rows below them have fewer values (`0 0` / `307 0` / `332 426`, then `57 0` / `0 207`
    /// / `0 0`: `inv-2022-dept`).
    mutating func fill(from position: Int, before: Range<Int>? = nil, budget: inout WorkBudget) -> Bool {
      guard budget.spend() else { return false }
      guard let frontier = frontier() else { return record(complete: position == joined.count) }
      let top = counts.firstIndex(of: frontier)!
      var height = 1
      while top + height < counts.count && counts[top + height] == frontier { height += 1 }
      for rows in 1...height {
        if !fillBlocks(top: top, rows: rows, from: position, budget: &budget) { return false }
      }
      if let before, before.count > 1, before.lowerBound != top,
        before.allSatisfy({ counts[$0] == counts[before.lowerBound] && counts[$0] < width })
      {
        return fillBlocks(top: before.lowerBound, rows: before.count, from: position, budget: &budget)
      }
      return true
    }

    /// The blocks of `rows` rows from `top` on, each then filled on: one row's remaining values, or rows column by
    /// column, or row by row each row's values on a line of its own, for every number of columns.
    private mutating func fillBlocks(top: Int, rows: Int, from position: Int, budget: inout WorkBudget) -> Bool {
      let filled = counts[top]
      let remaining = width - filled
      for columns in (rows == 1 ? remaining : 1)...remaining {
        let end = position + rows * columns
        guard end <= blockLimits[position] else { continue }
        // Column by column, then (several rows of several columns) row by row; a range, so a step allocates nothing.
        for order in 0..<(rows > 1 && columns > 1 ? 2 : 1) {
          let byRows = order == 1
          let block = position..<end
          guard byRows ? standsInRows(block, columns: columns) : rows == 1 || standsInColumns(block, rows: rows) else {
            continue
          }
          for index in position..<end {
            let offset = index - position
            append(streamStart + index, to: top + (byRows ? offset / columns : offset % rows))
          }
          // Rows written row by row, or one column of them ended by a change of layout, may be continued.
          let continued = byRows || (rows > 1 && columns == 1 && changesLayout[end])
          if filled + columns < width || rowsBalance(top..<top + rows) {
            if !fill(from: end, before: continued ? top..<top + rows : nil, budget: &budget) { return false }
          }
          for row in top..<top + rows { counts[row] -= columns }
        }
      }
      return true
    }

    /// The positions of the stream where its layout changes, each a block's end: a line of several values right after
    /// a column written one value to a line (two lines at least, nothing between them), as `pdftotext` writes a page
    /// whose fifth column of some rows comes first (`0` / `35` / … / `5`, then `48 127` / `23 90` / …: those rows'
    /// sixth and seventh, `inv-2023-between`). No block reaches over such a change, which narrows the search; the
    /// column's rows may be continued after it (``fill(from:before:budget:)``).
    private static func layoutChanges(sameLine: [Bool], joined: [Bool]) -> [Bool] {
      sameLine.indices.map { position in
        position >= 2 && !sameLine[position] && position + 1 < sameLine.count && sameLine[position + 1]
          && !sameLine[position - 1] && !sameLine[position - 2] && joined[position - 1]
      }
    }

    /// Whether the stream's values in `range` stand row by row, `columns` to a row: each row's values on one line,
    /// each row's line right after the one before.
    private func standsInRows(_ range: Range<Int>, columns: Int) -> Bool {
      for index in range where index > range.lowerBound {
        let startsRow = (index - range.lowerBound) % columns == 0
        if startsRow ? (!joined[index] || sameLine[index]) : !sameLine[index] { return false }
      }
      return true
    }

    /// The fewest values of a row not yet complete; `nil` when every row is.
    private func frontier() -> Int? {
      var least: Int?
      for count in counts where count < width && count < (least ?? width) { least = count }
      return least
    }

    /// Whether the stream's values in `range` stand column by column in `rows` rows: a column of several rows on
    /// consecutive lines, each value on a line of its own.
    private func standsInColumns(_ range: Range<Int>, rows: Int) -> Bool {
      for index in range where index > range.lowerBound {
        if sameLine[index] || ((index - range.lowerBound) % rows != 0 && !joined[index]) { return false }
      }
      return true
    }

    private mutating func append(_ cell: Int, to row: Int) {
      slots[row * width + counts[row]] = cell
      counts[row] += 1
    }

    /// Whether every row in `rows` (each complete) satisfies its own rules.
    private func rowsBalance(_ rows: Range<Int>) -> Bool {
      rows.allSatisfy { row in rowRules.hold(slots[row * width..<(row + 1) * width], values: values) }
    }

    /// Adds the placement, when it used the whole stream and was not found before; `false` when the page has too
    /// many placements.
    private mutating func record(complete: Bool) -> Bool {
      if complete {
        let placement = slots.map { texts[$0] }
        if !foundTexts.contains(placement) {
          foundTexts.append(placement)
          found.append(counts.indices.map { row in slots[row * width..<(row + 1) * width].map { cells[$0] } })
        }
      }
      return found.count <= StreamBlocks.readingLimit
    }
  }
}
