import GoujiText

/// Ranks a table's labels by where the cursor is: the label that belongs on the cursor's line (the one after the
/// last label written above it) first, then the labels after it in format order, then those before it.
struct PositionRanking {
  /// The index, in format order, of the label that belongs at the cursor.
  let expected: Int
  let count: Int

  /// `written[i]`: where label `i` is written, if it is (and is not the prefix being typed).
  init(written: [TextRange?], cursorLineStart: Int) {
    count = written.count
    let above = written.lastIndex { range in range.map { $0.end <= cursorLineStart } ?? false }
    expected = above.map { $0 + 1 } ?? 0
  }

  /// The rank of label `index`: 0 for the expected one, growing with the distance after it, then wrapping round.
  func rank(_ index: Int) -> Int {
    guard count > 0 else { return 0 }
    return (index - expected + count) % count
  }
}
