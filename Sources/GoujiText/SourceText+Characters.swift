/// Character-level reading of a text at UTF-8 offsets, shared by the reader, the rules and the editor features.
extension SourceText {
  /// Whether the character at `offset` (of `width` bytes) is white space of any kind.
  @inline(__always)
  package func isSpace(at offset: Int, width: Int) -> Bool {
    let lead = bytes[offset]
    if width == 1 { return lead == 0x20 || (0x09...0x0D).contains(lead) }
    // Only U+0085, U+00A0 (C2), U+1680 (E1), U+2000… (E2), U+3000 (E3) and U+FEFF (EF) are white space.
    guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF else { return false }
    return CharacterFolding.isSpace(NormalizedText.decodeScalar(bytes, at: offset, width: width))
  }

  /// The scalar at `offset`.
  @inlinable
  package func scalar(at offset: Int) -> Unicode.Scalar {
    NormalizedText.decodeScalar(bytes, at: offset, width: SourceText.scalarByteCount(lead: bytes[offset]))
  }

  /// `range` without leading and trailing white space of any kind.
  package func trimmingSpaces(_ range: TextRange) -> TextRange {
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
  package func firstOccurrence(of needle: [UInt8], in range: TextRange) -> Int? {
    guard !needle.isEmpty, needle.count <= range.length else { return nil }
    return bytes.withUnsafeBufferPointer { bytes in
      needle.withUnsafeBufferPointer { UTF8Search.firstIndex(of: $0, in: bytes, from: range.start, to: range.end) }
    }
  }
}
