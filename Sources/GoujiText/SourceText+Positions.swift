extension SourceText {
  /// The line and column of `offset`, the column counted in `unit`.
  ///
  /// An offset past the end of the text is clamped to the end; an offset inside a line terminator is clamped to the
  /// end of the line's content.
  package func lineColumn(of offset: Int, in unit: PositionUnit) -> LineColumn {
    let target = scalarBoundary(atOrBefore: offset)
    let line = line(containing: target)
    let content = lineContentRange(line)
    let end = min(target, content.end)
    return LineColumn(line: line, column: columnCount(from: content.start, to: end, in: unit))
  }

  /// The UTF-8 offset of `position`, the column counted in `unit`.
  ///
  /// Out-of-range positions are clamped, as LSP asks: a line past the end is the end of the text, a column past the
  /// end of its line is the end of that line, and a column inside a character (the middle of a surrogate pair or of
  /// a UTF-8 sequence) is the start of that character.
  package func offset(of position: LineColumn, in unit: PositionUnit) -> Int {
    if position.line < 0 { return 0 }
    if position.line >= lineCount { return bytes.count }
    let content = lineContentRange(position.line)
    let column = max(0, position.column)
    if unit == .utf8 { return scalarBoundary(atOrBefore: min(content.start + column, content.end)) }
    var (index, remaining) = (content.start, column)
    if content.length > SourceText.directCountLimit {
      (index, remaining) = skipAhead(in: content, column: column, unit)
    }
    while index < content.end && remaining > 0 {
      let width = SourceText.scalarByteCount(lead: bytes[index])
      let units = SourceText.units(ofScalarWithByteCount: width, in: unit)
      if units > remaining { break }
      remaining -= units
      index += width
    }
    return index
  }

  /// The scalar boundary nearest the start of `column` on a long line that the checkpoints reach, and the `unit`s
  /// left to walk from it.
  private func skipAhead(in content: TextRange, column: Int, _ unit: PositionUnit) -> (index: Int, remaining: Int) {
    let checkpoints = lazyCheckpoints.get(bytes)
    let lineStart = checkpoints.units(before: content.start, in: unit, of: bytes)
    guard
      let checkpoint = checkpoints.lastCheckpoint(
        in: content.start...content.end, notPast: lineStart + column, in: unit)
    else { return (content.start, column) }
    // The checkpoint may fall inside a character, which it already counts: walk from that character's start.
    let boundary = scalarBoundary(atOrBefore: checkpoint)
    let walked = checkpoints.units(before: boundary, in: unit, of: bytes) - lineStart
    return (boundary, column - walked)
  }

  package func lineColumnRange(of range: TextRange, in unit: PositionUnit) -> LineColumnRange {
    LineColumnRange(start: lineColumn(of: range.start, in: unit), end: lineColumn(of: range.end, in: unit))
  }

  package func textRange(of range: LineColumnRange, in unit: PositionUnit) -> TextRange {
    let start = offset(of: range.start, in: unit)
    let end = offset(of: range.end, in: unit)
    return TextRange(start: min(start, end), end: max(start, end))
  }

  /// The number of `unit`s between two scalar-aligned offsets: counted byte by byte over a short span, from the
  /// checkpoints over a long one.
  package func columnCount(from start: Int, to end: Int, in unit: PositionUnit) -> Int {
    if unit == .utf8 { return end - start }
    if end - start > SourceText.directCountLimit {
      let checkpoints = lazyCheckpoints.get(bytes)
      return checkpoints.units(before: end, in: unit, of: bytes) - checkpoints.units(before: start, in: unit, of: bytes)
    }
    let counts = bytes.withUnsafeBufferPointer { PositionCheckpoints.counts($0, from: start, to: end) }
    return unit == .utf16 ? counts.scalars + counts.astral : counts.scalars
  }

  /// The longest span counted byte by byte; longer spans are counted from checkpoints.
  static let directCountLimit = 2 * PositionCheckpoints.stride

  /// The length in bytes of the UTF-8 sequence that starts with `lead` (inlinable: every scanner calls it per
  /// character).
  @inlinable @inline(__always)
  package static func scalarByteCount(lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead < 0xE0 { return 2 }
    if lead < 0xF0 { return 3 }
    return 4
  }

  @inline(__always)
  static func units(ofScalarWithByteCount width: Int, in unit: PositionUnit) -> Int {
    switch unit {
    case .utf8: return width
    case .utf16: return width == 4 ? 2 : 1
    case .utf32: return 1
    }
  }
}
