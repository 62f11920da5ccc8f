import GoujiText

extension TableContext {
  /// Whether `cells`, two at least, each stand on a line of their own, the line holding nothing else but white space,
  /// leftovers and page furniture: PDF text in reading order writes a row's values so (`3` / `0` / `1` …), and the
  /// lines do not say which cell, or even which row, each value is.
  func standOnLinesOfTheirOwn(_ cells: [Cell]) -> Bool {
    let written = cells.filter { $0.range.length > 0 }
    guard written.count >= 2, written.count == cells.count else { return false }
    var lines = Set<Int>()
    for cell in written {
      let line = text.line(containing: cell.range.start)
      let content = text.lineContentRange(line)
      let alone = Words(in: content, text: text, excluded: excluded).allSatisfy { $0 == cell.range }
      guard alone, lines.insert(line).inserted else { return false }
    }
    return true
  }
}
