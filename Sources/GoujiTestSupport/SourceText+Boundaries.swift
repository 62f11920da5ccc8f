import GoujiText

extension SourceText {
  /// Whether `offset` falls on a character boundary (never inside a multi-byte character), worked out from the
  /// bytes themselves rather than from the text's own conversions, which the tests check.
  package func isBoundary(_ offset: Int) -> Bool {
    offset == count || (offset >= 0 && offset < count && bytes[offset] & 0xC0 != 0x80)
  }

  /// Whether `range` lies inside the text on character boundaries.
  package func isValid(_ range: TextRange) -> Bool {
    range.start >= 0 && range.end <= count && isBoundary(range.start) && isBoundary(range.end)
  }
}
