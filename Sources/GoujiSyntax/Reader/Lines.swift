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

  /// Whether the character at `offset` (of `width` bytes) is white space of any kind.
  @inline(__always)
  func isSpace(at offset: Int, width: Int) -> Bool {
    let lead = bytes[offset]
    if width == 1 { return lead == 0x20 || (0x09...0x0D).contains(lead) }
    // Only U+0085, U+00A0 (C2), U+1680 (E1), U+2000… (E2), U+3000 (E3) and U+FEFF (EF) are white space.
    guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF else { return false }
    return CharacterFolding.isSpace(NormalizedText.decodeScalar(bytes, at: offset, width: width))
  }

  /// The scalar at `offset`.
  func scalar(at offset: Int) -> Unicode.Scalar {
    NormalizedText.decodeScalar(bytes, at: offset, width: SourceText.scalarByteCount(lead: bytes[offset]))
  }

  /// `range` without leading and trailing white space of any kind.
  func trimmingSpaces(_ range: TextRange) -> TextRange {
    var start = range.start
    var end = range.end
    while start < end {
      let width = SourceText.scalarByteCount(lead: bytes[start])
      guard isSpace(at: start, width: width) else { break }
      start += width
    }
    while end > start {
      let begin = scalarBoundary(atOrBefore: end - 1)
      guard isSpace(at: begin, width: end - begin) else { break }
      end = begin
    }
    return TextRange(start: start, end: end)
  }

  /// The first occurrence of `needle` (UTF-8) in `range`.
  func firstOccurrence(of needle: [UInt8], in range: TextRange) -> Int? {
    guard let first = needle.first, needle.count <= range.length else { return nil }
    var index = range.start
    let last = range.end - needle.count
    while index <= last {
      if bytes[index] == first {
        var offset = 1
        while offset < needle.count && bytes[index + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return index }
      }
      index += 1
    }
    return nil
  }
}
