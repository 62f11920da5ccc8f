import GoujiText

extension GridRowJoin {
  /// Whether a row's values, read from one grid line, continue on the next line of their grid row: a line with the
  /// same number of bars right below whose text in the field of one of the values starts with a digit, in a grid row
  /// closed by rules above and below (a Markdown pipe table draws none between rows: each line is a row there). w3m
  /// wraps a value too wide for its cell so (full-width digits, two columns each: `│１６１ │` over `│５     │` is
  /// `１６１５`), and the line alone gives a wrong value; the row is left unread instead.
  static func wrapsValue(_ cells: [Cell], in text: SourceText) -> Bool {
    guard let first = cells.first(where: { !$0.text.isEmpty }) else { return false }
    let lineNumber = text.line(containing: first.range.start)
    guard lineNumber + 1 < text.lineCount else { return false }
    let line = fields(of: lineNumber, in: text)
    let next = fields(of: lineNumber + 1, in: text)
    guard line.count >= 2, next.count == line.count, isRuled(lineNumber, count: line.count, in: text) else {
      return false
    }
    return zip(line, next).contains { above, below in
      cells.contains { !$0.text.isEmpty && $0.range.start >= above.range.start && $0.range.end <= above.end }
        && below.folded.first.map(PieceValidity.isDigit) == true
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

  /// Whether the lines of cells around line `number` with `count` fields are closed by a grid's rule above and below
  /// (a pipe table's `| --- |` under its header is none: its rows are lines, `inv-2023-split.trafilatura`).
  private static func isRuled(_ number: Int, count: Int, in text: SourceText) -> Bool {
    func ruled(from start: Int, step: Int) -> Bool {
      var index = start
      while index >= 0 && index < text.lineCount {
        let line = line(index, in: text)
        if line.kind == .rule { return true }
        guard line.fields.count == count else { return false }
        index += step
      }
      return false
    }
    return ruled(from: number - 1, step: -1) && ruled(from: number + 1, step: 1)
  }
}
