import GoujiText

extension GridRowJoin {
  /// The values of a row, read from one grid line, that continue on other lines of their grid row: each field of the
  /// line holding one of `cells` with a piece starting with a digit in the same field of another line of the grid
  /// row, a run of lines with the same number of bars closed by rules above and below (a Markdown pipe table draws
  /// none between rows: each line is a row there). w3m wraps a value too wide for its cell so (full-width digits, two
  /// columns each: `│１６１ │` over `│５     │` is `１６１５`), above the label's line as well as below it when the
  /// grid row is taller than the value (`│１６│` / `│１５│ ← label` / `│    │`); the line alone gives a wrong value.
  ///
  /// `lines` reads each line of the text once for all the rows of a table that ask (``LineCache``).
  static func wrappedValues(_ cells: [Cell], lines: inout LineCache) -> [ReadingProblem.WrappedValue] {
    guard let first = cells.first(where: { !$0.text.isEmpty }) else { return [] }
    let text = lines.text
    let number = text.line(containing: first.range.start)
    let line = lines.line(number).fields
    guard line.count >= 2, let rowLines = gridRowLines(around: number, count: line.count, in: &lines) else {
      return []
    }
    let rowFields = rowLines.map { lines.line($0).fields }
    guard rowFields.count > 1 else { return [] }
    return line.indices.compactMap { column in
      let field = line[column]
      let holdsValue = cells.contains {
        !$0.text.isEmpty && $0.range.start >= field.range.start && $0.range.end <= field.end
      }
      let pieces = rowFields.map { $0[column] }.filter { !$0.folded.isEmpty }
      let continues = pieces.contains { $0 != field && $0.folded.first.map(PieceValidity.isDigit) == true }
      guard holdsValue, continues, let top = pieces.first, let bottom = pieces.last else { return nil }
      return ReadingProblem.WrappedValue(
        pieces: pieces.map { text[$0.range] }, range: TextRange(start: top.range.start, end: bottom.range.end))
    }
  }

  /// The lines of a text as the join sees them, each read once however many rows ask for it: each row's search for
  /// its grid row walks the lines above and below it, which in a table with no rule between its rows (a Markdown
  /// pipe table) are most of the table's lines, and reading a line folds each of its fields.
  struct LineCache {
    let text: SourceText
    private var read: [Int: Line] = [:]

    init(_ text: SourceText) { self.text = text }

    /// Line `number` as the join sees it (an empty line is `other`).
    mutating func line(_ number: Int) -> Line {
      if let line = read[number] { return line }
      let line = GridRowJoin.lines(in: text.lineContentRange(number), of: text).first ?? Line(kind: .other)
      read[number] = line
      return line
    }
  }

  /// The numbers of the lines of the grid row holding line `number`, top to bottom: the lines of cells with `count`
  /// fields around it, closed by a grid's rule above and below (a pipe table's `| --- |` under its header is none:
  /// its rows are lines, `inv-2023-split.trafilatura`); `nil` if not so closed.
  private static func gridRowLines(around number: Int, count: Int, in cache: inout LineCache) -> [Int]? {
    func ruled(from start: Int, step: Int) -> [Int]? {
      var lines: [Int] = []
      var index = start
      while index >= 0 && index < cache.text.lineCount {
        let line = cache.line(index)
        if line.kind == .rule { return lines }
        guard line.fields.count == count else { return nil }
        lines.append(index)
        index += step
      }
      return nil
    }
    guard let above = ruled(from: number - 1, step: -1), let below = ruled(from: number + 1, step: 1) else {
      return nil
    }
    return above.reversed() + [number] + below
  }
}
