import GoujiSyntax
import GoujiText

extension RegionalRule {
  /// The partial result of each block of `blocks`: a block that is a block of the previous run keeps its partial
  /// result of `previous`, moved with `change` (`nil`: a first run), as it is when it ends before the change's
  /// ``ReadingChange/unmovedBefore``; the other blocks are read. Also how many blocks were read.
  package static func partials(
    _ context: RuleContext, in blocks: LineBlocks, previous: [Partial], after change: ReadingChange?
  ) -> (partials: [Partial], read: Int) {
    let unmovedBefore = change?.unmovedBefore ?? 0
    let move = { (range: TextRange) in change?.move(range) ?? range }
    var found: [Partial] = []
    found.reserveCapacity(blocks.ranges.count)
    var read = 0
    for position in blocks.ranges.indices {
      let block = blocks.ranges[position]
      if let index = blocks.previous[position], index < previous.count {
        let kept = previous[index]
        if block.end < unmovedBefore {
          found.append(kept)
        } else if let shift = blocks.shifts[position] {
          found.append(shifted(kept, by: shift, move: move))
        } else {
          found.append(moved(kept, by: move))
        }
      } else {
        found.append(partial(context, in: block))
        read += 1
      }
    }
    return (found, read)
  }
}
