import GoujiText

/// Moves the ranges of a reading across an edit: what lies before the edit stays, what lies after it moves by the
/// edit's change in length (for reusing the parts of a report an edit did not touch).
///
/// The mapping is total and monotonic, so every moved range is a valid range of the new text: an offset inside the
/// replaced text maps to the edit's start. Parts of the reading inside the edited region are read again, never
/// moved (``ReportReader/reread(_:after:)`` drops them before it shifts the rest).
package struct RangeShift: Sendable {
  /// Where the edit started (in the old text and the new one).
  var start: Int
  /// Where the edit ended in the old text.
  var oldEnd: Int
  var delta: Int
  /// How many lines the edit added (negative: removed).
  var lineDelta: Int = 0

  /// A range is moved when it starts at or after the edit's end, kept when it ends at or before the edit's start,
  /// and otherwise (it overlaps the replaced text) mapped end by end.
  package func callAsFunction(_ range: TextRange) -> TextRange {
    if range.start >= oldEnd { return TextRange(start: range.start + delta, end: range.end + delta) }
    if range.end <= start { return range }
    let mappedStart = self(range.start)
    return TextRange(start: mappedStart, end: max(mappedStart, self(range.end)))
  }

  package func callAsFunction(_ offset: Int) -> Int {
    if offset >= oldEnd { return offset + delta }
    return min(offset, start)
  }
}

extension Report {
  /// Moves every range of this report's parts by `shift` (the text is set separately), in place, through the one
  /// walk over a report's ranges (``walk(with:)``); headings after the edit also move by its change in lines. In
  /// place, not on a copy: a copy holds the lists a second time, so each was copied whole to be changed (a long
  /// report's thousands of leftovers on every edit).
  mutating func shift(_ shift: RangeShift) {
    // The lines first: whether a heading lies after the edit is read from its range before the move.
    for index in sections.indices { sections[index].heading.shiftLine(shift) }
    for index in strayHeadings.indices where strayHeadings.range(at: index).start >= shift.oldEnd {
      strayHeadings.setLine(strayHeadings.line(at: index) + shift.lineDelta, at: index)
    }
    var walker = ShiftWalker(shift: shift)
    walk(with: &walker)
  }
}

/// The walker of ``Report/shifted(_:)``: every range mapped by the shift, no node looked at.
private struct ShiftWalker: ReportWalker {
  let shift: RangeShift

  func visit(_ node: @autoclosure () -> ReportNode, depth: Int, ranges: inout [TextRange]) {
    for index in ranges.indices { ranges[index] = shift(ranges[index]) }
  }

  func visit(_ node: @autoclosure () -> ReportNode, depth: Int, range: inout TextRange) {
    range = shift(range)
  }
}

extension SectionHeading {
  /// Moves the line number by the edit's change in lines when the heading (its range not moved yet) lies after it.
  fileprivate mutating func shiftLine(_ shift: RangeShift) {
    if range.start >= shift.oldEnd { line += shift.lineDelta }
  }
}
