import GoujiText

/// A range as the command line prints it: 1-based lines and columns counting characters, end exclusive.
struct PrintedRange {
  var line: Int
  var column: Int
  var endLine: Int
  var endColumn: Int

  init(_ range: TextRange, in text: SourceText) {
    let start = text.lineColumn(of: range.start, in: .utf32)
    let end = text.lineColumn(of: range.end, in: .utf32)
    line = start.line + 1
    column = start.column + 1
    endLine = end.line + 1
    endColumn = end.column + 1
  }

  var members: [(String, JSONOutput)] {
    [("line", .int(line)), ("column", .int(column)), ("endLine", .int(endLine)), ("endColumn", .int(endColumn))]
  }
}
