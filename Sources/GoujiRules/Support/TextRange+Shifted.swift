import GoujiText

extension TextRange {
  /// The same range `delta` bytes later (earlier when negative): where it is after the edits moved its block whole.
  func shifted(by delta: Int) -> TextRange {
    TextRange(start: start + delta, end: end + delta)
  }
}
