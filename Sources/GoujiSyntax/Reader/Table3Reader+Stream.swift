import GoujiFormats
import GoujiText

/// PDF text in reading order (`pdftotext` without `-layout`): a table's labels first, then its values in one stream
/// after the last label. The stream is assigned row by row, left to right (the order a line of values is read in) to
/// the rows that had no values of their own, and kept only when every balancing rule of the format holds with it.
/// Values in column order are never assigned: the rules cannot tell the applicant columns apart (any two of them
/// exchanged in every row balance just as well), so which block of values is which column would be a guess.
enum ValueStream {
  /// The values of `rows` (format keys, in text order) read from `stream`, or `nil` when they do not balance.
  /// `fixed` holds the values of every other row of the table.
  static func assign(
    _ stream: [RawCell], to rows: [String], fixed: [String: [Int]], format: Table3Spec
  ) -> [String: [RawCell]]? {
    let width = format.columns.count
    guard rows.count > 1, stream.count == rows.count * width,
      stream.allSatisfy({ CellValueParser.integer($0.text) != nil })
    else { return nil }
    let rowMajor = Dictionary(
      uniqueKeysWithValues: rows.enumerated().map { index, key in
        (key, Array(stream[(index * width)..<((index + 1) * width)]))
      }
    )
    return balances(rowMajor, fixed: fixed, format: format) ? rowMajor : nil
  }

  /// Whether every balancing rule holds, every row of the format known.
  private static func balances(_ assignment: [String: [RawCell]], fixed: [String: [Int]], format: Table3Spec) -> Bool {
    var table = fixed
    for (key, cells) in assignment { table[key] = cells.compactMap { CellValueParser.integer($0.text) } }
    guard format.rows.allSatisfy({ table[$0.key]?.count == format.columns.count }) else { return false }
    let columns = format.columns.map(\.key)
    return format.rules.allSatisfy { rule in
      switch rule.axis {
      case .eachColumn:
        return columns.indices.allSatisfy { column in
          rule.total.reduce(0) { $0 + table[$1]![column] } == rule.parts.reduce(0) { $0 + table[$1]![column] }
        }
      case .eachRow:
        let total = rule.total.compactMap { columns.firstIndex(of: $0) }
        let parts = rule.parts.compactMap { columns.firstIndex(of: $0) }
        return table.values.allSatisfy { row in
          total.reduce(0) { $0 + row[$1] } == parts.reduce(0) { $0 + row[$1] }
        }
      }
    }
  }
}

extension Table3Reader {
  /// Assigns the values after the last label to the rows before it that had none (``ValueStream``).
  func assignStream(_ state: inout RowsState, format: Table3Spec) {
    guard let last = state.readOrder.last, let stream = state.unplaced[last] else { return }
    var rows = [last]
    for key in state.readOrder.dropLast().reversed() {
      guard state.rows[key]?.writtenCellCount == 0 else { break }
      rows.insert(key, at: 0)
    }
    var fixed: [String: [Int]] = [:]
    for (key, row) in state.rows where !rows.contains(key) {
      let values = row.cells.compactMap(\.arithmeticValue)
      if values.count == row.cells.count { fixed[key] = values }
    }
    guard let assigned = ValueStream.assign(stream, to: rows, fixed: fixed, format: format) else { return }
    for (key, cells) in assigned {
      state.rows[key]?.cells = cells.map { Cell(text: $0.text, range: $0.range, state: .written) }
      state.rows[key]?.writtenCellCount = nil
    }
    state.problems.removeAll { problem in
      if case .cellCount(.table3, let key, _, _, _) = problem.kind { return assigned[key] != nil }
      return false
    }
  }
}
