import GoujiSyntax
import GoujiText

/// The pieces of text a regional rule (``RegionalRule``) finds its partial results in: each region of
/// ``Report/lineRegions`` cut into blocks of whole lines. A rule's findings do not depend on where the blocks are
/// cut (they are made per line, or from the first region that has one), so after an edit the blocks the edit did
/// not touch are kept where they moved to, with their partial results, and only the text between them is cut
/// afresh and read again.
package struct LineBlocks: Sendable, Equatable {
  /// The blocks, in text order; together they cover every non-empty region, and none spans two regions.
  package private(set) var ranges: [TextRange]
  /// For each block, the index of the previous run's block it is (moved with the edits), when it is one.
  package private(set) var previous: [Int?]

  /// At most this many lines make a block.
  static let lines = 32

  /// The blocks of a report read afresh.
  init(_ report: Report) {
    ranges = report.lineRegions.flatMap { Self.cut($0, in: report.text) }
    previous = ranges.map { _ in nil }
  }

  /// The blocks after `change`, from `old` (the previous run's): a block that does not overlap what the reader read
  /// again is kept, moved, when it still lies in one region with whole lines; the rest of each region is cut afresh.
  init(_ report: Report, after change: ReadingChange, old: [TextRange]) {
    let unmoved = change.unmovedBefore
    let kept: [(range: TextRange, index: Int)] = old.enumerated().compactMap { index, block in
      let moved = block.end < unmoved ? block : change.move(block)
      let overlaps = change.reread.contains { $0.start < moved.end && moved.start < $0.end }
      return overlaps || moved.isEmpty ? nil : (moved, index)
    }
    let text = report.text
    var (ranges, previous) = ([TextRange](), [Int?]())
    var next = 0
    for region in report.lineRegions where !region.isEmpty {
      var start = region.start
      while next < kept.count && kept[next].range.start < region.end {
        let block = kept[next]
        next += 1
        guard block.range.start >= start, block.range.end <= region.end, text.isLineStart(block.range.start),
          text.isLineStart(block.range.end)
        else { continue }
        let fresh = Self.cut(TextRange(start: start, end: block.range.start), in: text)
        ranges += fresh + [block.range]
        previous += fresh.map { _ in nil } + [block.index]
        start = block.range.end
      }
      let fresh = Self.cut(TextRange(start: start, end: region.end), in: text)
      ranges += fresh
      previous += fresh.map { _ in nil }
    }
    self.ranges = ranges
    self.previous = previous
  }

  /// `range` (whole lines) cut into blocks of ``lines`` lines.
  private static func cut(_ range: TextRange, in text: SourceText) -> [TextRange] {
    var blocks: [TextRange] = []
    var start = range.start
    var line = text.line(containing: start)
    while start < range.end {
      line += lines
      let end = line < text.lineCount ? min(range.end, text.lineStarts[line]) : range.end
      blocks.append(TextRange(start: start, end: end))
      start = end
    }
    return blocks
  }
}

extension SourceText {
  /// Whether `offset` is where a line starts, or the end of the text.
  fileprivate func isLineStart(_ offset: Int) -> Bool {
    offset == count || lineStarts[line(containing: offset)] == offset
  }
}
