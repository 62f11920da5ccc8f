extension LineBlocks {
  /// Blocks that follow each other and are carried over alike from the previous run (``BlockPartials``): previous
  /// blocks that followed each other there and that the edits moved whole by one shift, or one previous block moved
  /// otherwise, or blocks read afresh.
  package struct Stretch: Sendable, Equatable {
    /// The blocks' positions among the run's blocks.
    package var positions: Range<Int>
    /// The index of the previous run's block the first one is; `nil` for blocks read afresh.
    package var previous: Int?
    /// How far the edits moved the blocks, when they moved them whole.
    package var shift: Int?
  }

  /// The stretches of blocks whose previous blocks are `previous` and whose shifts are `shifts` (one of each a
  /// block), in order.
  static func stretches(previous: [Int?], shifts: [Int?]) -> [Stretch] {
    var stretches: [Stretch] = []
    // The stretch being made, kept apart until it ends: changing the last one in the array checked its storage for
    // every one of a 1 MB report's 500 blocks.
    var current = Stretch(positions: 0..<0, previous: nil, shift: nil)
    for position in previous.indices {
      let (was, shift) = (previous[position], shifts[position])
      if !current.positions.isEmpty, current.continues(with: was, shift: shift) {
        current.positions = current.positions.lowerBound..<position + 1
        continue
      }
      if !current.positions.isEmpty { stretches.append(current) }
      current = Stretch(positions: position..<position + 1, previous: was, shift: shift)
    }
    if !current.positions.isEmpty { stretches.append(current) }
    return stretches
  }
}

extension LineBlocks.Stretch {
  /// Whether the next block, previous block `was` moved by `shift`, continues the stretch: both read afresh, or the
  /// previous block after the stretch's last moved whole by the same shift.
  fileprivate func continues(with was: Int?, shift: Int?) -> Bool {
    guard let first = previous else { return was == nil }
    return self.shift != nil && shift == self.shift && was == first + positions.count
  }
}
