import GoujiText

extension Table3Reader {
  /// Leaves unread each row read from layout text whose values stand right beside a line of stray values: a line of
  /// digits only (full-width, indented, no label), none of them read as a value of any row. Such a line holds the
  /// pieces of values too wide for their cells, wrapped inside them (full-width digits in a PDF: `１６１` over the
  /// label's line, `５` under it; `８` over `３` for 83), so the rows it touches, above and below, would read a piece
  /// as a value: they are left unread (GJ308) instead, never read with a piece.
  func leaveRowsBesideStrayValuesUnread(_ state: inout RowsState) {
    let text = context.text
    let valueLines = { (row: TableRow) -> Set<Int> in
      Set(row.cells.filter { !$0.text.isEmpty }.map { text.line(containing: $0.range.start) })
    }
    // The lines holding values as the rows were read, gathered only once a layout row stands beside a line of stray
    // values (rarely: gathered for every table, they were half the search's cost).
    let rows = state.rows
    var readLines: Set<Int>?
    for key in rows.keys.sorted() {
      guard let row = rows[key], row.form == .layout else { continue }
      let lines = valueLines(row)
      let beside = lines.flatMap { [$0 - 1, $0 + 1] }.filter { line in
        line >= 0 && line < text.lineCount && Self.isStrayValueLine(line, in: text)
      }
      guard !beside.isEmpty else { continue }
      let read = readLines ?? rows.values.reduce(into: Set<Int>()) { $0.formUnion(valueLines($1)) }
      readLines = read
      if beside.contains(where: { !read.contains($0) }) { state.leaveUnread(key, row) }
    }
  }

  /// Whether line `number` is indented and holds digits and white space only, at least one of them full-width: only
  /// full-width digits (two columns each) are wide enough to wrap inside a cell, and only layout text indents its
  /// values under their columns (a line of ASCII digits beside a row is a row's values in reading order).
  static func isStrayValueLine(_ number: Int, in text: SourceText) -> Bool {
    let scalars = text[text.lineContentRange(number)].unicodeScalars
    let isFullWidth = CharacterFolding.isFullWidthDigit
    guard let first = scalars.first, first.properties.isWhitespace else { return false }
    return scalars.contains(where: isFullWidth)
      && scalars.allSatisfy { ("0"..."9").contains($0) || isFullWidth($0) || $0.properties.isWhitespace }
  }
}
