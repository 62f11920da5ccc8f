import GoujiText

/// Ranges a table reader treats as white space (leftovers, page furniture), searchable in logarithmic time: a text
/// with 100,000 `[image: …]` leftovers is asked about every offset of its tables, so a linear scan per offset would
/// make reading quadratic. The prose rules ask it which lines are page furniture.
package struct ExcludedRanges: Sendable {
  /// Range starts, ascending.
  private let starts: [Int]
  /// `reach[i]` is the furthest end among the ranges `0...i` (in start order); ranges may overlap.
  private let reach: [Int]

  package init(_ ranges: [TextRange]) {
    let sorted = ranges.sorted { $0.start < $1.start }
    starts = sorted.map(\.start)
    var furthest = Int.min
    reach = sorted.map { range in
      furthest = max(furthest, range.end)
      return furthest
    }
  }

  /// These ranges and `more`: the same offsets excluded, and those of `more` too (a table's 序号 numbers, which only
  /// that table's reader skips).
  func adding(_ more: [TextRange]) -> ExcludedRanges {
    ExcludedRanges(zip(starts, reach).map { TextRange(start: $0, end: $1) } + more)
  }

  /// The furthest end of the ranges that start at or before `offset`, `nil` when none does.
  private func reach(from offset: Int) -> Int? {
    let low = starts.partitionPoint { $0 <= offset }
    return low == 0 ? nil : reach[low - 1]
  }

  /// Where the excluded stretch holding `offset` ends (the end of the furthest-reaching range that contains it;
  /// every offset before it is excluded too), `nil` when `offset` is not excluded.
  func end(ofStretchAt offset: Int) -> Int? {
    guard let end = reach(from: offset), end > offset else { return nil }
    return end
  }

  /// Whether one range contains `offset`.
  func contains(_ offset: Int) -> Bool {
    end(ofStretchAt: offset) != nil
  }

  /// Whether one range covers the whole of `range`.
  func covers(_ range: TextRange) -> Bool {
    guard let end = reach(from: range.start) else { return false }
    return end >= range.end
  }

  /// Whether one range starts before `range` ends and ends after it starts: for ranges with characters (page
  /// furniture always has some), whether one shares a character with `range`.
  package func intersects(_ range: TextRange) -> Bool {
    guard let end = reach(from: range.end - 1) else { return false }
    return end > range.start
  }
}
