import GoujiFormats
import GoujiText

extension Table3Reader {
  /// Whether the text's columns are not the table's: a converter that ignores cells spanning several rows
  /// (`inscriptis`) writes a group label only on its first row, in a column of its own before the row's label, and
  /// the group's other rows from the line start, so each row's values stand as many columns to the left as it has
  /// label cells fewer. Positions then say nothing about columns: no row of the table is placed by them.
  func rowsAreRagged(_ rows: [String: TableRow], format: Table3Spec) -> Bool {
    let grouped = Dictionary(grouping: format.rows.filter { $0.group != nil && rows[$0.key] != nil }, by: \.group)
    return grouped.values.contains { specs in
      let labels = specs.compactMap { rows[$0.key]?.labelRange }.sorted { $0.start < $1.start }
      guard let first = labels.first, standsAfterGroupLabel(first) else { return false }
      return labels.dropFirst().contains { startsLine($0) }
    }
  }

  private func startsLine(_ label: TextRange) -> Bool {
    context.lines[context.text.line(containing: label.start)].range.start == label.start
  }

  /// Whether other text stands before `label` on its line, two spaces or more apart from it (a group label in a
  /// column of its own).
  private func standsAfterGroupLabel(_ label: TextRange) -> Bool {
    let lineStart = context.lines[context.text.line(containing: label.start)].range.start
    let before = context.text.bytes[lineStart..<label.start]
    return before.suffix(2).allSatisfy { $0 == 0x20 } && before.contains { $0 != 0x20 }
  }
}

extension Table3Reader {
  /// Places the short rows of a ragged table (``rowsAreRagged(_:format:)``) on the table's grid (``RaggedGrid``):
  /// each value in the column it starts, counted from the column after its row's label. A row is read only when
  /// the placement is confirmed: its own each-row rule (R3-2) holds, or, for the rows whose own rule does not, every
  /// each-column rule (R3-1, R3-3) involving them holds with every row of the table known. Otherwise it stays
  /// unread: the text's columns were not the table's where a row says so.
  func placeOnGrid(_ state: inout RowsState, header: Range<Int>, format: Table3Spec) {
    let count = format.columns.count
    var keys: [String] = []
    for key in state.readOrder where state.writtenValues[key] != nil && !keys.contains(key) { keys.append(key) }
    let short = keys.filter { key in state.writtenValues[key].map { !$0.isEmpty && $0.count < count } ?? false }
    guard !short.isEmpty, let grid = RaggedGrid(context: context, lines: tableLines(keys, state: state, header: header))
    else { return }
    var placed: [String: [RawCell]] = [:]
    for key in short {
      guard let values = state.writtenValues[key], let label = state.rows[key]?.labelRange,
        let columns = grid.columns(of: values, afterLabelEnding: label.end), let last = columns.last, last < count
      else { continue }
      placed[key] = RaggedGrid.cells(values, in: columns, count: count)
    }
    let check = RowRuleCheck(rules: format.rules, columns: format.columns)
    let integers = placed.mapValues { $0.map { $0.isEmpty ? 0 : CellValueParser.integer($0.text) } }
    let balanced = integers.filter { $0.value.allSatisfy { $0 != nil } && check.holds($0.value) }
    let unbalanced = Set(integers.keys).subtracting(balanced.keys)
    let confirmed =
      columnRulesHold(for: unbalanced, placed: integers, state: state, format: format)
      ? Set(integers.keys) : Set(balanced.keys)
    for (key, cells) in placed where confirmed.contains(key) {
      state.settle(key, as: context.cells(ColumnPlacement(cells: cells, exact: true), verified: true))
    }
  }

  /// The lines of the table: the header's lines directly above the first row (up to a blank line), then every line
  /// from the first row's to the last row's.
  private func tableLines(_ keys: [String], state: RowsState, header: Range<Int>) -> [Int] {
    let rowLines = keys.compactMap { state.rows[$0].map { context.text.line(containing: $0.labelRange.start) } }
    guard let first = rowLines.min(), let last = rowLines.max() else { return [] }
    var top = first
    while top > header.lowerBound, !context.lines[top - 1].isBlank { top -= 1 }
    return Array(top...last)
  }

  /// Whether every each-column rule involving a row of `keys` holds in every column with every one of its rows'
  /// values known: the placed values (`placed`) or the verified cells already read.
  private func columnRulesHold(
    for keys: Set<String>, placed: [String: [Int?]], state: RowsState, format: Table3Spec
  ) -> Bool {
    func value(_ key: String, _ column: Int) -> Int? {
      if let values = placed[key] { return values[column] }
      guard let cells = state.rows[key]?.cells, state.rows[key]?.writtenCellCount == nil, state.glued[key] == nil,
        cells.indices.contains(column)
      else { return nil }
      return cells[column].arithmeticValue
    }
    let rules = format.rules.filter { rule in
      rule.axis == .eachColumn && !keys.isDisjoint(with: rule.total + rule.parts)
    }
    return rules.allSatisfy { rule in
      format.columns.indices.allSatisfy { column in
        let totals = rule.total.map { value($0, column) }
        let parts = rule.parts.map { value($0, column) }
        guard totals.allSatisfy({ $0 != nil }), parts.allSatisfy({ $0 != nil }) else { return false }
        return totals.reduce(0) { $0 + $1! } == parts.reduce(0) { $0 + $1! }
      }
    }
  }
}
