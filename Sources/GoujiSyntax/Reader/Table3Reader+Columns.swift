import GoujiFormats
import GoujiText

extension Table3Reader {
  /// Places the rows read with fewer values than columns by the positions of their values (``ColumnPlacer``), glued
  /// rows included: in a layout that keeps positions each value stands in its own column, which is stronger evidence
  /// than a split of its digits. A placement is verified (`written`) when it is exact and the rules hold with it:
  /// the row's own (R3-2), and those across rows (R3-1, R3-3) as far as the other rows' values are known; otherwise
  /// its cells are `inferred`: shown, never checked.
  func placeByColumns(_ state: inout RowsState, header: Range<Int>, format: Table3Spec) {
    var keys: [String] = []
    for key in state.readOrder where state.writtenValues[key] != nil && !keys.contains(key) { keys.append(key) }
    let placer = ColumnPlacer(context: context, columnLabels: format.columns.map(\.label), headerLines: header)
    let placements = placer.placements(
      keys.map { state.writtenValues[$0]! }, labels: keys.map { state.rows[$0]!.labelRange }
    )
    let check = RowRuleCheck(rules: format.rules, columns: format.columns)
    for (index, placement) in placements {
      let key = keys[index]
      let values = placement.cells.map { $0.isEmpty ? 0 : CellValueParser.integer($0.text) }
      let verified = placement.exact && check.holds(values)
      state.settle(key, as: context.cells(placement, verified: verified))
    }
    // A row whose values are all 0 adds 0 to every column wherever they stand: a rule failing with it is the
    // original's, not the placement's.
    let placed = placements.filter { $0.value.cells.contains { !$0.isEmpty && $0.text != "0" } }.keys.map { keys[$0] }
    let contradicted = placed.filter { !columnRulesHold(for: $0, in: state.rows, format: format) }
    for key in contradicted {
      guard var row = state.rows[key] else { continue }
      for index in row.cells.indices { row.cells[index].confidence = .inferred }
      state.rows[key] = row
    }
  }

  /// Whether every each-column rule that involves row `key` holds in every column where all its rows' values are
  /// verified (a rule with a value not known is not tested).
  private func columnRulesHold(for key: String, in rows: [String: TableRow], format: Table3Spec) -> Bool {
    func sum(_ keys: [String], column: Int) -> Int? {
      keys.reduce(Int?(0)) { total, key in
        guard let total, let cells = rows[key]?.cells, cells.indices.contains(column),
          let value = cells[column].arithmeticValue
        else { return nil }
        return total + value
      }
    }
    return format.rules.filter { $0.axis == .eachColumn && ($0.total + $0.parts).contains(key) }.allSatisfy { rule in
      format.columns.indices.allSatisfy { column in
        guard let total = sum(rule.total, column: column), let parts = sum(rule.parts, column: column) else {
          return true
        }
        return total == parts
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
