import GoujiText

/// What the reader needs to know about a line. Offsets are `UInt32`, so only lines that end within the first 4 GiB of
/// a text are described (see ``SourceText/lineInfos()``); ``LineInfos`` keeps 4 bytes a line of it, not these 16.
struct LineInfo: Sendable {
  /// The largest offset a line info can hold.
  static let maximumOffset = Int(UInt32.max)

  private let start: UInt32
  private let end: UInt32
  private let nonSpace: UInt32
  /// Bit 0: starts with a TAB; bits 1–2: the TAB count (0, 1 or 2).
  private let flags: UInt8

  init(range: TextRange, firstNonSpace: Int, startsWithTab: Bool, tabCount: Int) {
    start = UInt32(range.start)
    end = UInt32(range.end)
    nonSpace = UInt32(firstNonSpace)
    flags = (startsWithTab ? 1 : 0) | UInt8(min(tabCount, 2)) << 1
  }

  /// The line's content without its terminator.
  var range: TextRange { TextRange(start: Int(start), end: Int(end)) }
  /// The first byte that is not white space (or `range.end`).
  var firstNonSpace: Int { Int(nonSpace) }
  /// Whether the line holds nothing but white space.
  var isBlank: Bool { nonSpace == end }
  /// Whether the line starts with a TAB (a cell in Word copies).
  var startsWithTab: Bool { flags & 1 != 0 }
  /// The number of TABs in the line, counted up to two (the reader asks only whether there are none, one or more).
  var tabCount: Int { Int(flags >> 1) }
}

extension SourceText {
  /// Per-line facts for the reader, for the lines that end within ``LineInfo/maximumOffset`` bytes (every line of
  /// any text under 4 GiB; a longer text would exhaust memory long before).
  func lineInfos() -> LineInfos {
    LineInfos(self)
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
      range: range, firstNonSpace: firstNonSpace, startsWithTab: range.length > 0 && bytes[range.start] == 0x09,
      tabCount: tabCount(in: range)
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
