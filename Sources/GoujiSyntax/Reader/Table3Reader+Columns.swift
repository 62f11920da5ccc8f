import GoujiFormats
import GoujiText

extension Table3Reader {
  /// Places the rows read with fewer values than columns by the positions of their values (``ColumnPlacer``), glued
  /// rows included: in a layout that keeps positions each value stands in its own column, which is stronger evidence
  /// than a split of its digits. A placement is verified (`written`) when it is exact and the row's own rule (R3-2)
  /// holds with it; otherwise its cells are `inferred`: shown, never checked.
  func placeByColumns(_ state: inout RowsState, header: Range<Int>, format: Table3Spec) {
    var keys: [String] = []
    for key in state.readOrder where state.writtenValues[key] != nil && !keys.contains(key) { keys.append(key) }
    let placer = ColumnPlacer(context: context, columnLabels: format.columns.map(\.label), headerLines: header)
    let placements = placer.placements(keys.map { state.writtenValues[$0]! })
    let check = RowRuleCheck(rules: format.rules, columns: format.columns)
    for (index, placement) in placements {
      let key = keys[index]
      let values = placement.cells.map { $0.isEmpty ? 0 : CellValueParser.integer($0.text) }
      let verified = placement.exact && check.holds(values)
      state.rows[key]?.cells = context.cells(placement, verified: verified)
      state.rows[key]?.writtenCellCount = nil
      state.unplaced[key] = nil
      state.glued[key] = nil
      state.problems.removeAll { problem in
        if case .cellCount(.table3, key, _, _, _) = problem.kind { return true }
        return false
      }
    }
  }
}

extension TableContext {
  /// The lines from the one holding `start` up to the one holding `end` (excluded): a table's header.
  func lines(from start: Int, upTo end: Int) -> Range<Int> {
    let first = text.line(containing: start)
    return first..<max(first, text.line(containing: end))
  }

  /// The cells of a placed row: the values and empty cells as placed, verified or shown only.
  func cells(_ placement: ColumnPlacement, verified: Bool) -> [Cell] {
    placement.cells.map { cell in
      Cell(
        text: cell.text, range: cell.range, state: cell.isEmpty ? .empty : .written,
        confidence: verified ? .written : .inferred
      )
    }
  }
}
