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
  /// The number of TABs in the line, counted up to two (the reader asks only whether there are none, one or more).
  var tabCount: Int
}

extension SourceText {
  /// Per-line facts for the reader.
  func lineInfos() -> [LineInfo] {
    (0..<lineCount).map(lineInfo)
  }

  /// The facts of one line: white space is looked for scalar by scalar up to the first other character, TABs are
  /// counted eight bytes at a time (a TAB byte is never part of a longer UTF-8 sequence).
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
    return LineInfo(
      range: range, firstNonSpace: firstNonSpace, isBlank: firstNonSpace == range.end,
      startsWithTab: range.length > 0 && bytes[range.start] == 0x09, tabCount: tabCount(in: range)
    )
  }

  /// The TABs in `range`, counted up to two. A word of eight bytes is looked at byte by byte only when it holds a
  /// TAB (the word XOR eight TABs has a zero byte).
  private func tabCount(in range: TextRange) -> Int {
    bytes.withUnsafeBytes { raw in
      var count = 0
      var index = range.start
      while index + 8 <= range.end {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ 0x0909_0909_0909_0909
        if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 {
          for offset in index..<index + 8 where raw[offset] == 0x09 { count += 1 }
          if count >= 2 { return 2 }
        }
        index += 8
      }
      for offset in index..<range.end where raw[offset] == 0x09 { count += 1 }
      return min(count, 2)
    }
  }
}
