/// Table 三 in reading order when a narrow label column makes `pdftotext` write each page's values after its labels
/// in blocks: a row's first values after its label, then, after the last label of the page, the rest of the rows
/// labelled since the page began, block by block. A block is one row's remaining values, or consecutive rows whose
/// values have reached the same column, written column by column: each column's values on lines of their own one
/// after the other (no blank line or text between them), the next column after them. A block always starts at the
/// first row that has the fewest values so far.
///
/// Every page is placed in every way this allows, checking each row's own rule (R3-2) as it is completed; the pages'
/// placements are then joined, and the table is kept only when exactly one reading completes it with every balancing
/// rule holding. A row's first line of numbers that follows its label after a blank line or text may be its own or
/// the start of a page's stream: both are tried, and they must agree.
struct StreamBlocks {
  let grid: StreamGrid

  /// One page: its rows' first values and the values after its last label.
  private struct Page {
    var own: [[RawCell]]
    /// The values in order, each with whether it follows the one before it on the same line or the next line with
    /// nothing between, and whether on the same line.
    var stream: [(cell: RawCell, joined: Bool, sameLine: Bool)]
  }

  /// The most rows whose first line is tried both as their own and as a stream's start.
  static let choiceLimit = 6
  /// The most distinct placements of one page, and of the whole table, considered.
  static let readingLimit = 16

  private var width: Int { grid.format.columns.count }

  /// Every row's cells, or `nil` when the text does not read one way as such blocks.
  func read(_ rows: [StreamGrid.Row]) -> [String: [RawCell]]? {
    var budget = WorkBudget()
    return read(rows, budget: &budget)
  }

  /// Every row's cells, or `nil` when the text does not read one way as such blocks or the search runs out of
  /// `budget` (one step per block tried; what is left says what the search cost).
  func read(_ rows: [StreamGrid.Row], budget: inout WorkBudget) -> [String: [RawCell]]? {
    guard rows.count == grid.format.rows.count, zip(rows, grid.format.rows).allSatisfy({ $0.key == $1.key }) else {
      return nil
    }
    let open = rows.indices.filter { rows[$0].lines.first?.breakBefore == true }
    guard open.count <= Self.choiceLimit else { return nil }
    var readings: [[[String]]] = []
    var first: [[RawCell]]?
    for mask in 0..<(1 << open.count) {
      let owned = Set(open.indices.filter { mask & (1 << $0) != 0 }.map { open[$0] })
      guard let pages = pages(rows, owning: owned) else { continue }
      guard let found = place(pages, budget: &budget) else { return nil }
      for reading in found where !readings.contains(reading.map { $0.map(\.text) }) {
        readings.append(reading.map { $0.map(\.text) })
        first = first ?? reading
      }
      if readings.count > 1 { return nil }
    }
    guard let first else { return nil }
    return Dictionary(uniqueKeysWithValues: zip(rows.map(\.key), first))
  }

  /// The rows cut into pages: a row's first lines of numbers (up to a blank line or text) are its own, except that
  /// a first line after a break is its own only for the rows in `owning`; the lines after them end a page.
  private func pages(_ rows: [StreamGrid.Row], owning: Set<Int>) -> [Page]? {
    var pages: [Page] = []
    var page = Page(own: [], stream: [])
    for (index, row) in rows.enumerated() {
      var lines = row.lines[...]
      var own: [RawCell] = []
      if let line = lines.first, !line.breakBefore || owning.contains(index) {
        own += line.cells
        lines = lines.dropFirst()
        while let next = lines.first, !next.breakBefore {
          own += next.cells
          lines = lines.dropFirst()
        }
      }
      guard own.count <= width else { return nil }
      page.own.append(own)
      guard !lines.isEmpty else { continue }
      for line in lines {
        for (position, cell) in line.cells.enumerated() {
          page.stream.append((cell, !page.stream.isEmpty && (position > 0 || !line.breakBefore), position > 0))
        }
      }
      pages.append(page)
      page = Page(own: [], stream: [])
    }
    if !page.own.isEmpty { pages.append(page) }
    return pages
  }

  /// The readings of the whole table that balance, from every page's placements; `nil` when the budget ran out or
  /// there are too many.
  private func place(_ pages: [Page], budget: inout WorkBudget) -> [[[RawCell]]]? {
    let rowRules = Table3RowRules(grid.format)
    var tables: [[[RawCell]]] = [[]]
    for page in pages {
      let needed = page.own.reduce(0) { $0 + width - $1.count }
      guard needed == page.stream.count else { return [] }
      var search = PageFill(own: page.own, stream: page.stream, width: width, rowRules: rowRules)
      guard search.fill(from: 0, budget: &budget) else { return nil }
      tables = tables.flatMap { table in search.found.map { table + $0 } }
      if tables.count > Self.readingLimit { return nil }
    }
    return tables.filter(grid.balances)
  }
}
