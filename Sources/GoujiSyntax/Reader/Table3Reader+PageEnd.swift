import GoujiFormats
import GoujiText

extension Table3Reader {
  /// The table placed with values from the end of its page (``StreamPageEnd``): the rows from the first one in
  /// `unread` to the table's end fall short of their cells by one to ``StreamPageEnd/valueLimit`` values, and the
  /// page's last lines hold exactly that many (``pageEndValues(after:count:)``). `nil` otherwise.
  func pageEndPlacement(
    _ rows: [StreamGrid.Row], unread: Set<String>, grid: StreamGrid, region: TextRange
  ) -> [String: [RawCell]]? {
    guard let first = rows.firstIndex(where: { unread.contains($0.key) }) else { return nil }
    let written = rows[first...].reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.cells.count } }
    let missing = (rows.count - first) * grid.format.columns.count - written
    guard (1...StreamPageEnd.valueLimit).contains(missing),
      let values = pageEndValues(after: region.end, count: missing)
    else { return nil }
    return StreamPageEnd(grid: grid).read(rows, from: first, pageEnd: values)
  }

  /// The whole numbers of the lines that end the page holding `start` (up to its form feed or the text's end), when
  /// they are exactly `count`, a line of other text stands before them, and the lines of numbers between `start` and
  /// them hold exactly table 四's fifteen values: table 四 is written whole before them, so they are not its last
  /// cells (``Table4Reader/pageEndValues(after:region:expected:)``). Otherwise `nil`.
  private func pageEndValues(after start: Int, count: Int) -> [RawCell]? {
    let text = context.text
    guard start < text.count else { return nil }
    let pageEnd = text.firstOccurrence(of: [0x0C], in: TextRange(start: start, end: text.count)) ?? text.count
    let scanner = ValueLineScanner(text: text, lines: context.lines, excluded: context.excluded)
    let first = text.line(containing: start)
    var line = text.line(containing: max(start, pageEnd - 1))
    var values: [RawCell] = []
    // From the page's last line up: lines of numbers and blank lines, until a line of other text.
    while line > first, let found = scanner.valuesOnly(line: line) {
      values.insert(contentsOf: found, at: 0)
      guard values.count <= count else { return nil }
      line -= 1
    }
    guard line > first, values.count == count else { return nil }
    let before = (first..<line).reduce(0) { $0 + (scanner.valuesOnly(line: $1)?.count ?? 0) }
    let table4 = ReportFormats.latest.table4
    return before == table4.rows.count * table4.columns.count ? values : nil
  }
}
