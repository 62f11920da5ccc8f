import GoujiFormats
import GoujiText

extension Table3Reader {
  /// PDF text in reading order: when some rows could not be read from the values after their labels (too few or too
  /// many, or fewer tokens than columns, taken for digits written together), the whole table is placed from its lines
  /// of numbers (``StreamGrid``). The placed values replace the rows that were not read, as `solved` (the balancing
  /// rules confirmed where the structure put them), and only if every row that was read agrees with the placement.
  func assignStream(_ state: inout RowsState, region: TextRange, format: Table3Spec) {
    let unread = Set(state.rows.filter { $0.value.writtenCellCount != nil || state.glued[$0.key] != nil }.keys)
    guard !unread.isEmpty, let rows = streamRows(state, format: format, region: region) else { return }
    let grid = StreamGrid(format: format, shownOrder: shownColumnOrder(in: region, state: state, format: format))
    // The stream as one block after the last label, else as each page's blocks after its labels, else as rows whose
    // wide right-hand values were written apart, else with the last values at the page's end.
    guard
      let placed = grid.read(rows) ?? StreamBlocks(grid: grid).read(rows) ?? StreamTails(grid: grid).read(rows)
        ?? pageEndPlacement(rows, unread: unread, grid: grid, region: region),
      agrees(placed, with: state, except: unread)
    else { return }
    for (key, cells) in placed where unread.contains(key) {
      state.rows[key]?.cells = cells.map { Cell(text: $0.text, range: $0.range, state: .written, confidence: .solved) }
      state.rows[key]?.writtenCellCount = nil
      state.glued[key] = nil
    }
    state.problems.removeAll { problem in
      if case .cellCount(.table3, let key, _, _, _) = problem.kind { return unread.contains(key) }
      return false
    }
  }

  /// The format's rows, each found with the lines of numbers from its label to the next found row's label (the last
  /// one's to the end of the table's region), a row whose label was not found with none; `nil` when the labels are
  /// not in the format's order or a line has text after its numbers.
  private func streamRows(_ state: RowsState, format: Table3Spec, region: TextRange) -> [StreamGrid.Row]? {
    let keys = format.rows.map(\.key)
    let positions = state.readOrder.compactMap { keys.firstIndex(of: $0) }
    let starts = state.readOrder.compactMap { state.rows[$0]?.labelRange.start }
    guard positions.count == state.readOrder.count, starts.count == positions.count,
      zip(positions, positions.dropFirst()).allSatisfy({ $0 < $1 }),
      zip(starts, starts.dropFirst()).allSatisfy({ $0 < $1 })
    else { return nil }
    let scanner = ValueLineScanner(text: context.text, lines: context.lines, excluded: context.excluded)
    var rows = keys.map { StreamGrid.Row(key: $0, lines: []) }
    for (index, position) in positions.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1] : region.end
      guard let lines = scanner.scan(TextRange(start: starts[index], end: max(starts[index], end))) else { return nil }
      rows[position].lines = lines
    }
    return rows
  }

  /// Whether every row read from its own values reads the same in the placement.
  private func agrees(_ placed: [String: [RawCell]], with state: RowsState, except unread: Set<String>) -> Bool {
    state.rows.allSatisfy { key, row in unread.contains(key) || row.cells.map(\.text) == placed[key]?.map(\.text) }
  }

  /// The order of the columns as the header before the first row shows them: each column's name found once.
  /// `nil` when the header does not name every column once.
  private func shownColumnOrder(in region: TextRange, state: RowsState, format: Table3Spec) -> [Int]? {
    guard let first = state.readOrder.first, let firstLabel = state.rows[first]?.labelRange.start else { return nil }
    let header = TextRange(start: region.start, end: max(region.start, firstLabel))
    let view = NormalizedText(context.text, range: header, mode: .matching)
    let keys = format.columns.map(\.key)
    let found = Table3Reader.columnMatcher.occurrences(in: view).compactMap { occurrence -> Int? in
      if case .column(let key) = occurrence.id { return keys.firstIndex(of: key) }
      return nil
    }
    return found.count == keys.count && Set(found).count == keys.count ? found : nil
  }

  /// The names of table 三's columns.
  private static var columnMatcher: LabelMatcher { columnMatchers.value }

  private static let columnMatchers = DerivedFromFormats {
    LabelMatcher(
      patterns: ReportFormats.latest.table3.columns.map { LabelPattern(id: .column($0.key), core: $0.label) }
    )
  }
}
