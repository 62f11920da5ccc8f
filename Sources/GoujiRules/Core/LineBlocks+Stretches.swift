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
    for position in previous.indices {
      let (was, shift) = (previous[position], shifts[position])
      if let last = stretches.last, last.positions.upperBound == position, last.continues(with: was, shift: shift) {
        stretches[stretches.count - 1].positions = last.positions.lowerBound..<position + 1
      } else {
        stretches.append(Stretch(positions: position..<position + 1, previous: was, shift: shift))
      }
    }
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
