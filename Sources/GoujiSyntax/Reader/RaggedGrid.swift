import GoujiText

/// The column grid of a table written as `inscriptis` writes one: every cell of a row in the next column of one grid
/// for the whole table, cells spanning rows or columns taking one column each (so a row stands as many columns to
/// the left as it has cells fewer), each column as wide as its widest cell, the columns a fixed gap apart, an empty
/// cell as wide as nothing. The grid is learned from the table's own lines: from the first column, each next column
/// starts one gap after the widest field starting in the column before, and every field of every line must start
/// on a column. A value's column is then its own: no band, no nearest column, no guess.
struct RaggedGrid {
  private let context: TableContext
  /// The columns' starts in each measure in which every field of the table's lines starts on one.
  private let grids: [(measure: ColumnMeasure, starts: [Int])]

  /// The grid of `lines` (the table's header and rows, in order); `nil` when a line holds a TAB or is too long to be
  /// a table's, or no measure gives a grid on which every field starts.
  init?(context: TableContext, lines: [Int]) {
    guard
      lines.allSatisfy({ context.lines[$0].tabCount == 0 && context.lines[$0].range.length <= ColumnPlacer.lineLimit })
    else { return nil }
    let fields = lines.map { RaggedGrid.fields(on: $0, context: context) }
    self.context = context
    grids = ColumnMeasure.allCases.compactMap { measure in
      let spans = fields.map { RaggedGrid.spans(of: $0, measure: measure, context: context) }
      return RaggedGrid.starts(of: spans).map { (measure, $0) }
    }
    guard !grids.isEmpty else { return nil }
  }

  /// The grid column of each of `values` (written on one line), counted from the column after the field that holds
  /// the text ending at `labelEnd` (from the first column without a label); `nil` unless each value is a field of
  /// its own on a column's start, left to right, and every measure that gives a grid agrees.
  func columns(of values: [RawCell], afterLabelEnding labelEnd: Int?) -> [Int]? {
    guard let first = values.first else { return nil }
    let line = context.text.line(containing: first.range.start)
    let lineRange = context.lines[line].range
    guard values.allSatisfy({ lineRange.contains($0.range.start) }) else { return nil }
    let fields = RaggedGrid.fields(on: line, context: context)
    guard values.allSatisfy({ value in fields.contains { $0.start == value.range.start } }) else { return nil }
    let labelField = labelEnd.flatMap { end in fields.first { $0.start < end && end <= $0.end } }
    if labelEnd != nil && labelField == nil { return nil }
    var agreed: [Int]?
    for grid in grids {
      let spans = RaggedGrid.spans(of: fields, measure: grid.measure, context: context)
      let column = { (start: Int) in
        fields.firstIndex { $0.start == start }.flatMap { grid.starts.firstIndex(of: spans[$0].start) }
      }
      let base = labelField.map { column($0.start).map { $0 + 1 } } ?? 0
      guard let base else { return nil }
      let columns = values.compactMap { column($0.range.start).map { $0 - base } }
      guard columns.count == values.count, columns.allSatisfy({ $0 >= 0 }),
        zip(columns, columns.dropFirst()).allSatisfy({ $0 < $1 }), agreed == nil || agreed == columns
      else { return nil }
      agreed = columns
    }
    return agreed
  }

  /// The fields of a line: its words, those one space apart joined (a cell's text may hold a space; columns stand
  /// a gap of two or more apart).
  private static func fields(on line: Int, context: TableContext) -> [TextRange] {
    var fields: [TextRange] = []
    for word in Words(in: context.lines[line].range, text: context.text, excluded: context.excluded) {
      if let last = fields.last, context.columnCount(from: last.end, to: word.start, in: .characters) < 2 {
        fields[fields.count - 1] = TextRange(start: last.start, end: word.end)
      } else {
        fields.append(word)
      }
    }
    return fields
  }

  /// The columns of a line's `fields`, each counted on from the end of the one before (linear in the line).
  private static func spans(of fields: [TextRange], measure: ColumnMeasure, context: TableContext) -> [ColumnSpan] {
    guard let first = fields.first else { return [] }
    var (offset, column) = (context.columnOrigin(ofLineAt: first.start), 0)
    return fields.map { field in
      let start = column + context.columnCount(from: offset, to: field.start, in: measure)
      column = start + context.columnCount(from: field.start, to: field.end, in: measure)
      offset = field.end
      return ColumnSpan(start: start, end: column)
    }
  }

  /// The columns' starts: the first field's, then each one gap (the narrowest space between two fields of a line)
  /// after the widest field starting on the one before; `nil` when a field starts between two columns.
  static func starts(of lines: [[ColumnSpan]]) -> [Int]? {
    let all = lines.joined()
    let gaps = lines.flatMap { fields in zip(fields, fields.dropFirst()).map { $1.start - $0.end } }
    guard let first = all.map(\.start).min(), let last = all.map(\.start).max(), let gap = gaps.min(), gap >= 2
    else { return nil }
    var widths: [Int: Int] = [:]
    for span in all { widths[span.start] = max(widths[span.start] ?? 0, span.end - span.start) }
    var starts = [first]
    while let current = starts.last, current < last { starts.append(current + (widths[current] ?? 0) + gap) }
    return widths.keys.allSatisfy(Set(starts).contains) ? starts : nil
  }
}

extension RaggedGrid {
  /// `count` cells with `values` in their `columns`, the others empty where a value would be typed (after the cell
  /// before it).
  static func cells(_ values: [RawCell], in columns: [Int], count: Int) -> [RawCell] {
    var cells = Array(repeating: RawCell(text: "", range: TextRange(emptyAt: values[0].range.start)), count: count)
    for (value, column) in zip(values, columns) { cells[column] = value }
    for index in cells.indices.dropFirst() where cells[index].isEmpty {
      cells[index].range = TextRange(emptyAt: cells[index - 1].range.end)
    }
    return cells
  }
}
