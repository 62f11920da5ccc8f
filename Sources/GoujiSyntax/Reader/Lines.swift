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

  /// The facts of one line: white space is looked for scalar by scalar up to the first other character, TABs are
  /// counted byte by byte (a TAB byte is never part of a longer UTF-8 sequence).
  func lineInfo(_ line: Int) -> LineInfo {
    let range = lineContentRange(line)
    var firstNonSpace = range.end
    var index = range.start
    while index < range.end {
      let width = SourceText.scalarByteCount(lead: bytes[index])
      if !isSpace(at: index, width: width) {
        firstNonSpace = index
        break
      }
      index += width
    }
    let tabs = bytes.withUnsafeBufferPointer { buffer in
      var count = 0
      for offset in range.start..<range.end where buffer[offset] == 0x09 { count += 1 }
      return count
    }
    return LineInfo(
      range: range, firstNonSpace: firstNonSpace, isBlank: firstNonSpace == range.end,
      startsWithTab: range.length > 0 && bytes[range.start] == 0x09, tabCount: tabs
    )
  }
}
