import GoujiSyntax
import GoujiText

/// A regional rule's partial results, one per block of its ``LineBlocks``, each kept as it was found (or last moved
/// one by one) with the delta of the run of blocks it lies in, added when it is read (``RegionalRule/shifted(_:by:)``).
/// After an edit the blocks it moved whole keep their partial results as they are and their runs get the edit's
/// shift: carrying them over costs a copy of the list and a run or two (``LineBlocks/stretches``), not a call of the
/// rule for each block (every regional rule moved each of a 1 MB report's 500 blocks' results one by one on every
/// edit).
package struct BlockPartials<Rule: RegionalRule>: RandomAccessCollection, Sendable {
  /// Each block's partial result as kept, its run's delta not added.
  private var values: [Rule.Partial]
  /// The runs of blocks with one delta, in order, the first from block 0: each reaches the next one's start.
  package private(set) var runs: [Run]

  /// Blocks from `start` to the next run's start, all `delta` bytes from where their partial results were kept.
  package struct Run: Sendable, Equatable {
    package var start: Int
    package var delta: Int
  }

  /// The most runs kept: after more (edits in as many places, each leaving its own delta after it), every partial
  /// result is shifted once and the runs start afresh, so reading one finds its run in a few steps.
  package static var runLimit: Int { 16 }

  /// Partial results as found, none moved.
  init(_ values: [Rule.Partial]) {
    self.values = values
    runs = [Run(start: 0, delta: 0)]
  }

  package var startIndex: Int { 0 }
  package var endIndex: Int { values.count }

  /// The partial result of block `position`, moved by its run's delta.
  package subscript(position: Int) -> Rule.Partial {
    let delta = delta(at: position)
    return delta == 0 ? values[position] : Rule.shifted(values[position], by: delta)
  }

  /// Reads the partial results in order, each run found once (not searched for each block).
  package func makeIterator() -> Iterator {
    Iterator(partials: self)
  }

  /// The partial results in order, each moved by its run's delta.
  package struct Iterator: IteratorProtocol {
    fileprivate let partials: BlockPartials
    fileprivate var position = 0
    fileprivate var run = 0

    package mutating func next() -> Rule.Partial? {
      guard position < partials.values.count else { return nil }
      while run + 1 < partials.runs.count && partials.runs[run + 1].start <= position { run += 1 }
      defer { position += 1 }
      let delta = partials.runs[run].delta
      return delta == 0 ? partials.values[position] : Rule.shifted(partials.values[position], by: delta)
    }
  }

  /// The delta of the run block `position` lies in.
  func delta(at position: Int) -> Int {
    guard runs.count > 1 else { return runs[0].delta }
    return runs[runs.partitionPoint { $0.start <= position } - 1].delta
  }

  /// The partial results of `blocks` after `change` (`nil`: a first run): a stretch of blocks that were previous
  /// blocks, moved whole by one shift, keeps `previous`'s partial results and runs, the shift added to each run; a
  /// previous block moved otherwise has its partial result moved with `change`; the other blocks are read. Also how
  /// many blocks were read.
  static func carried(
    _ context: RuleContext, in blocks: LineBlocks, previous: BlockPartials?, after change: ReadingChange?
  ) -> (partials: BlockPartials, read: Int) {
    var carried = BlockPartials([])
    carried.runs = []
    carried.values.reserveCapacity(blocks.ranges.count)
    var read = 0
    for stretch in blocks.stretches {
      let count = stretch.positions.count
      if let previous, let first = stretch.previous, first + count <= previous.count {
        if let shift = stretch.shift {
          carried.append(previous, first..<first + count, shiftedBy: shift)
        } else {
          for index in first..<first + count {
            carried.append(Rule.moved(previous[index], by: { change?.move($0) ?? $0 }), delta: 0)
          }
        }
      } else {
        for position in stretch.positions {
          carried.append(Rule.partial(context, in: blocks.ranges[position]), delta: 0)
        }
        read += count
      }
    }
    if carried.runs.isEmpty { carried.runs = [Run(start: 0, delta: 0)] }
    if carried.runs.count > runLimit { carried = BlockPartials(Array(carried)) }
    return (carried, read)
  }

  /// Appends `partial`, `delta` bytes from where it is kept.
  private mutating func append(_ partial: Rule.Partial, delta: Int) {
    startRun(at: values.count, delta: delta)
    values.append(partial)
  }

  /// Appends the partial results of `source`'s blocks `range`, each `shift` bytes further than it is there.
  private mutating func append(_ source: BlockPartials, _ range: Range<Int>, shiftedBy shift: Int) {
    let offset = values.count - range.lowerBound
    var run = source.runs.partitionPoint { $0.start <= range.lowerBound } - 1
    while run < source.runs.count && source.runs[run].start < range.upperBound {
      startRun(at: Swift.max(source.runs[run].start, range.lowerBound) + offset, delta: source.runs[run].delta + shift)
      run += 1
    }
    values += source.values[range]
  }

  /// Makes the blocks from `start` on `delta` bytes from where their partial results are kept, unless the last run
  /// already is.
  private mutating func startRun(at start: Int, delta: Int) {
    guard runs.last?.delta != delta else { return }
    if runs.last?.start == start { runs.removeLast() }
    if runs.last?.delta == delta { return }
    runs.append(Run(start: start, delta: delta))
  }
}
