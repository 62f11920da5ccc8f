import GoujiText

/// What the reader needs to know about each line, computed once per text.
struct LineInfo: Sendable {
  /// The line's content without its terminator.
  var range: TextRange
  /// The first byte that is not white space (or `range.end`).
  var firstNonSpace: Int
  /// Whether the line holds nothing but white space.
  var isBlank: Bool
  /// Whether the line starts with a TAB (a cell in Word copies).
  var startsWithTab: Bool
  /// The number of TABs in the line.
  var tabCount: Int
}

extension SourceText {
  /// Per-line facts for the reader.
  func lineInfos() -> [LineInfo] {
    (0..<lineCount).map(lineInfo)
  }

  /// The facts of one line.
  func lineInfo(_ line: Int) -> LineInfo {
    let range = lineContentRange(line)
    var tabs = 0
    var firstNonSpace = range.end
    var index = range.start
    while index < range.end {
      let width = SourceText.scalarByteCount(lead: bytes[index])
      if bytes[index] == 0x09 { tabs += 1 }
      if firstNonSpace == range.end && !isSpace(at: index, width: width) { firstNonSpace = index }
      index += width
    }
    return LineInfo(
      range: range, firstNonSpace: firstNonSpace, isBlank: firstNonSpace == range.end,
      startsWithTab: range.length > 0 && bytes[range.start] == 0x09, tabCount: tabs
    )
  }
}
