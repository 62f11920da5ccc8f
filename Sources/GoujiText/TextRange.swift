/// A half-open range of UTF-8 byte offsets into a ``SourceText``.
///
/// UTF-8 offsets are the one canonical internal unit of gouji: every syntax node, cell and diagnostic stores its
/// place as a `TextRange`, and only ``SourceText`` converts it to lines and columns in another unit.
@usableFromInline
package struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The UTF-8 offset of the first byte in the range.
  @usableFromInline package var start: Int
  /// The UTF-8 offset one past the last byte in the range.
  @usableFromInline package var end: Int

  @inlinable
  package init(start: Int, end: Int) {
    precondition(start <= end, "TextRange start \(start) after end \(end)")
    self.start = start
    self.end = end
  }

  /// An empty range at `offset`: the place where text would be inserted.
  @inlinable
  package init(emptyAt offset: Int) {
    self.init(start: offset, end: offset)
  }

  @inlinable package var length: Int { end - start }
  @inlinable package var isEmpty: Bool { start == end }

  @inlinable package func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

  /// Whether the two ranges share a byte, or touch when one of them is empty.
  @inlinable
  package func overlaps(_ other: TextRange) -> Bool {
    if isEmpty || other.isEmpty { return other.start <= end && start <= other.end }
    return start < other.end && other.start < end
  }

  /// The smallest range covering both.
  @inlinable
  package func union(_ other: TextRange) -> TextRange {
    TextRange(start: min(start, other.start), end: max(end, other.end))
  }

  @inlinable
  package static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  @usableFromInline package var description: String { "\(start)..<\(end)" }
}
