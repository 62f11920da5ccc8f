import GoujiText

extension GridRowJoin {
  /// The values of a row, read from one grid line, that continue on other lines of their grid row: each field of the
  /// line holding one of `cells` with a piece starting with a digit in the same field of another line of the grid
  /// row, a run of lines with the same number of bars closed by rules above and below (a Markdown pipe table draws
  /// none between rows: each line is a row there). w3m wraps a value too wide for its cell so (full-width digits, two
  /// columns each: `│１６１ │` over `│５     │` is `１６１５`), above the label's line as well as below it when the
  /// grid row is taller than the value (`│１６│` / `│１５│ ← label` / `│    │`); the line alone gives a wrong value.
  static func wrappedValues(_ cells: [Cell], in text: SourceText) -> [ReadingProblem.WrappedValue] {
    guard let first = cells.first(where: { !$0.text.isEmpty }) else { return [] }
    let number = text.line(containing: first.range.start)
    let line = fields(of: number, in: text)
    guard line.count >= 2, let rowLines = gridRowLines(around: number, count: line.count, in: text) else {
      return []
    }
    let rowFields = rowLines.map { $0 == number ? line : fields(of: $0, in: text) }
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

  /// The fields of line `number` (none unless a line of cells).
  private static func fields(of number: Int, in text: SourceText) -> [Field] {
    line(number, in: text).fields
  }

  /// Line `number` as the join sees it (an empty line is `other`).
  private static func line(_ number: Int, in text: SourceText) -> Line {
    lines(in: text.lineContentRange(number), of: text).first ?? Line(kind: .other)
  }

  /// The numbers of the lines of the grid row holding line `number`, top to bottom: the lines of cells with `count`
  /// fields around it, closed by a grid's rule above and below (a pipe table's `| --- |` under its header is none:
  /// its rows are lines, `inv-2023-split.trafilatura`); `nil` if not so closed.
  private static func gridRowLines(around number: Int, count: Int, in text: SourceText) -> [Int]? {
    func ruled(from start: Int, step: Int) -> [Int]? {
      var lines: [Int] = []
      var index = start
      while index >= 0 && index < text.lineCount {
        let line = line(index, in: text)
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
