/// An immutable document text with a line index.
///
/// The text is kept as UTF-8 bytes; lines end at LF, CRLF or a lone CR. Offsets are UTF-8 byte offsets (see
/// ``TextRange``); converting them to lines and columns costs O(length of the line) on short lines and O(1) on long
/// ones (counted from ``PositionCheckpoints``), never O(document).
///
/// `@usableFromInline`, like ``TextRange`` and ``NormalizedText``: the `@inlinable` members of a `package` type are
/// compiled into the other modules only when the type itself is usable from inlinable code; without it they stay
/// calls, silently. (SwiftPM builds every module with `-O` and no package-wide cross-module optimisation, which
/// would need unsafe flags, so nothing of GoujiText is inlined elsewhere unless marked.)
@usableFromInline
package struct SourceText: Sendable, Hashable {
  /// The UTF-8 encoding of the text.
  @usableFromInline package let bytes: [UInt8]
  /// The UTF-8 offset at which each line starts; the first is always 0.
  package let lineStarts: LineStarts
  /// The longest text, in UTF-8 bytes, that the command line and the server accept: 4 GiB less one byte, so that
  /// every offset fits the `UInt32`s of the line index, the line descriptions and the normalised views.
  package static let maximumByteCount = Int(UInt32.max)
  /// Column checkpoints for long lines, made when first needed.
  let lazyCheckpoints = LazyPositionCheckpoints()

  /// A text from a string, whose UTF-8 is valid by construction (checking it again cost a copy of the text).
  package init(_ string: String) {
    self.init(validUTF8: Array(string.utf8))
  }

  /// Creates a text from UTF-8 bytes. Invalid sequences are replaced with U+FFFD first, so every offset the text
  /// hands out lies on a scalar boundary of valid UTF-8.
  package init(bytes: [UInt8]) {
    let valid: [UInt8]
    if String(validating: bytes, as: UTF8.self) != nil {
      valid = bytes
    } else {
      valid = Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
    self.bytes = valid
    self.lineStarts = SourceText.computeLineStarts(valid)
  }

  /// A text from bytes known to be valid UTF-8 (the result of editing valid text).
  init(validUTF8 bytes: [UInt8]) {
    self.bytes = bytes
    self.lineStarts = SourceText.computeLineStarts(bytes)
  }

  /// A text whose line index is already known (an edited text's, updated around the edit).
  init(validUTF8 bytes: [UInt8], lineStarts: LineStarts) {
    self.bytes = bytes
    self.lineStarts = lineStarts
  }

  /// The line index of `bytes`, reserved at its size up front (one start per CR or LF at most), so it holds no spare
  /// capacity from growing.
  private static func computeLineStarts(_ bytes: [UInt8]) -> LineStarts {
    var starts: LineStarts = [0]
    var terminators = 0
    bytes.withUnsafeBufferPointer { buffer in
      for byte in buffer where byte == 0x0A || byte == 0x0D { terminators += 1 }
    }
    starts.reserveCapacity(1 + terminators)
    appendLineStarts(of: bytes, from: 0, before: bytes.count, to: &starts)
    return starts
  }

  /// Appends the line starts that the terminators in bytes `from..<end` make (a CR at `end - 1` looks at the byte
  /// after it). `from` must be a line start, so no CR before it waits for its LF.
  static func appendLineStarts(of bytes: [UInt8], from: Int, before end: Int, to starts: inout LineStarts) {
    var index = from
    let count = bytes.count
    while index < end {
      let byte = bytes[index]
      if byte == 0x0A {
        starts.append(index + 1)
      } else if byte == 0x0D {
        if index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
        starts.append(index + 1)
      }
      index += 1
    }
  }

  /// Texts are equal when their characters are (the line index and the checkpoints follow from them).
  @inlinable
  package static func == (lhs: SourceText, rhs: SourceText) -> Bool { lhs.bytes == rhs.bytes }

  @inlinable package func hash(into hasher: inout Hasher) { hasher.combine(bytes) }

  package var string: String { String(decoding: bytes, as: UTF8.self) }
  @inlinable package var count: Int { bytes.count }
  package var lineCount: Int { lineStarts.count }
  package var fullRange: TextRange { TextRange(start: 0, end: bytes.count) }

  /// The text of `range`.
  package subscript(range: TextRange) -> String {
    let clamped = clamp(range)
    return String(decoding: bytes[clamped.start..<clamped.end], as: UTF8.self)
  }

  /// The range of line `line` without its line terminator.
  package func lineContentRange(_ line: Int) -> TextRange {
    let start = lineStarts[line]
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    if end > start && bytes[end - 1] == 0x0A { end -= 1 }
    if end > start && bytes[end - 1] == 0x0D { end -= 1 }
    return TextRange(start: start, end: end)
  }

  /// The part of each line that `range` touches lying inside `range`, without its line terminator, in line order;
  /// empty where `range` holds nothing of a line but its terminator.
  package func lineContentRanges(in range: TextRange) -> [TextRange] {
    guard range.length > 0 else { return [] }
    let first = line(containing: range.start)
    let last = line(containing: max(range.start, range.end - 1))
    return (first...last).map { number in
      let content = lineContentRange(number)
      let start = max(content.start, range.start)
      return TextRange(start: start, end: max(start, min(content.end, range.end)))
    }
  }

  /// The range of line `line` including its line terminator.
  package func lineRange(_ line: Int) -> TextRange {
    let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    return TextRange(start: lineStarts[line], end: end)
  }

  /// The text of line `line` without its terminator.
  package func lineText(_ line: Int) -> String { self[lineContentRange(line)] }

  /// The zero-based line that holds `offset` (an offset on a terminator belongs to the line it ends).
  package func line(containing offset: Int) -> Int {
    let target = max(0, min(offset, bytes.count))
    return lineStarts.partitionPoint { $0 <= target } - 1
  }

  /// `range` limited to the text and moved off the middle of any multi-byte character.
  package func clamp(_ range: TextRange) -> TextRange {
    let start = scalarBoundary(atOrBefore: range.start)
    let end = max(start, scalarBoundary(atOrBefore: range.end))
    return TextRange(start: start, end: end)
  }

  /// The nearest offset at or before `offset` that starts a Unicode scalar (or is the end of the text).
  package func scalarBoundary(atOrBefore offset: Int) -> Int {
    SourceText.scalarBoundary(in: bytes, atOrBefore: offset)
  }

  static func scalarBoundary(in bytes: [UInt8], atOrBefore offset: Int) -> Int {
    var index = max(0, min(offset, bytes.count))
    while index > 0 && index < bytes.count && bytes[index] & 0xC0 == 0x80 { index -= 1 }
    return index
  }
}
