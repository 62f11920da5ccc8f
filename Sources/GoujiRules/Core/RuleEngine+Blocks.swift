import GoujiSyntax
import GoujiText

/// The pieces of text a regional rule (``RegionalRule``) finds its partial results in: each region of
/// ``Report/lineRegions`` cut into blocks of whole lines, or, for the rules that read sentences rather than lines
/// (``RegionalRule/readsSubLineRegions``), also inside a line longer than a block, at a sentence end
/// (``SentenceCuts``). A rule's findings do not depend on where the blocks are cut (they are made per
/// line or sentence, or from the first region that has one), so after an edit the blocks the edit did not touch are
/// kept where they moved to, with their partial results, and only the text between them is cut afresh and read
/// again.
package struct LineBlocks: Sendable, Equatable {
  /// The blocks, in text order; together they cover every non-empty region, and none spans two regions.
  package private(set) var ranges: [TextRange]
  /// For each block, the index of the previous run's block it is (moved with the edits), when it is one.
  package private(set) var previous: [Int?]
  /// For each block that is a previous block, how far the edits moved it when they moved it whole (its length is
  /// as it was), `nil` otherwise.
  package private(set) var shifts: [Int?]
  /// The blocks in stretches carried over alike from the previous run
  /// (``BlockPartials/carried(_:in:previous:after:)``).
  package private(set) var stretches: [Stretch]
  /// Whether a line longer than ``bytes`` is cut inside, at sentence ends: the blocks of the rules that read
  /// sentences (a flattened text's one line is the whole report, and an edit would read it all again).
  var cutsLines: Bool

  /// At most this many lines make a block.
  static let lines = 32
  /// A block ends with the line that brings it to this many bytes: an edit reads its block again, and 32 lines of
  /// paragraphs (a long report's narrative writes a few hundred characters a line) would make a typed character
  /// cost some 20 KB of every regional rule.
  static let bytes = 2048

  /// The blocks of a report read afresh; inside long lines too when `cutsLines`.
  init(_ report: Report, cutsLines: Bool = false) {
    self.cutsLines = cutsLines
    var cuts = cutsLines ? SentenceCuts(report) : nil
    ranges = report.lineRegions.flatMap { Self.cut($0, in: report.text, cuts: &cuts) }
    previous = ranges.map { _ in nil }
    shifts = previous
    stretches = ranges.isEmpty ? [] : [Stretch(positions: ranges.indices, previous: nil, shift: nil)]
  }

  /// The blocks after `change`, from `old` (the previous run's): a block that does not overlap what the reader read
  /// again is kept, moved, when it still lies in one region and starts and ends where a block may (a line start, or
  /// when `cutsLines` a sentence end inside a line); the rest of each region is cut afresh.
  init(_ report: Report, after change: ReadingChange, old: [TextRange], cutsLines: Bool = false) {
    self.cutsLines = cutsLines
    let unmoved = change.unmovedBefore
    // Room for every old block: grown as it was filled, the list was copied some ten times per edit of a long report.
    var kept: [(range: TextRange, index: Int)] = []
    kept.reserveCapacity(old.count)
    for (index, block) in old.enumerated() {
      let moved = block.end < unmoved ? block : change.move(block)
      let overlaps = change.reread.contains { $0.start < moved.end && moved.start < $0.end }
      if !overlaps && !moved.isEmpty { kept.append((moved, index)) }
    }
    let text = report.text
    var cuts = cutsLines ? SentenceCuts(report) : nil
    (ranges, previous, shifts, stretches) = ([], [], [], [])
    ranges.reserveCapacity(old.count)
    previous.reserveCapacity(old.count)
    shifts.reserveCapacity(old.count)
    var next = 0
    for region in report.lineRegions where !region.isEmpty {
      var start = region.start
      while next < kept.count && kept[next].range.start < region.end {
        let block = kept[next]
        next += 1
        // A start where the last kept block ended (or the region starts) was checked with that block.
        guard block.range.start >= start, block.range.end <= region.end,
          block.range.start == start || Self.isBoundary(block.range.start, in: text, cuts: &cuts),
          Self.isBoundary(block.range.end, in: text, cuts: &cuts)
        else { continue }
        appendCut(TextRange(start: start, end: block.range.start), in: text, cuts: &cuts)
        let was = old[block.index]
        ranges.append(block.range)
        previous.append(block.index)
        shifts.append(was.length == block.range.length ? block.range.start - was.start : nil)
        start = block.range.end
      }
      appendCut(TextRange(start: start, end: region.end), in: text, cuts: &cuts)
    }
    stretches = Self.stretches(previous: previous, shifts: shifts)
  }

  /// Whether a block may start or end at `offset`: a line start, or a sentence end when the blocks cut lines (`cuts`).
  private static func isBoundary(_ offset: Int, in text: SourceText, cuts: inout SentenceCuts?) -> Bool {
    text.isLineStart(offset) || cuts?.isCut(offset) == true
  }

  /// Appends the blocks `range` is cut into, none a previous block. Between two kept blocks the range is empty:
  /// nothing is cut, nor its line searched for (once for each of a 1 MB report's 500 blocks after every edit).
  private mutating func appendCut(_ range: TextRange, in text: SourceText, cuts: inout SentenceCuts?) {
    guard !range.isEmpty else { return }
    let fresh = Self.cut(range, in: text, cuts: &cuts)
    ranges += fresh
    previous += repeatElement(nil, count: fresh.count)
    shifts += repeatElement(nil, count: fresh.count)
  }

  /// `range` (from a boundary to a boundary) cut into blocks of ``lines`` lines, or fewer when they reach ``bytes``
  /// bytes; with `cuts`, what is left of a line longer than ``bytes`` is cut at the first sentence end at least
  /// ``bytes`` bytes into it.
  private static func cut(_ range: TextRange, in text: SourceText, cuts: inout SentenceCuts?) -> [TextRange] {
    var blocks: [TextRange] = []
    var start = range.start
    var line = text.line(containing: start)
    while start < range.end {
      let lineEnd = line + 1 < text.lineCount ? min(range.end, text.lineStarts[line + 1]) : range.end
      if lineEnd - start > bytes, let cut = cuts?.first(in: TextRange(start: start + bytes, end: lineEnd)) {
        blocks.append(TextRange(start: start, end: cut))
        start = cut
        continue
      }
      let last = min(line + lines, text.lineCount)
      line += 1
      while line < last && text.lineStarts[line] - start < bytes { line += 1 }
      let end = line < text.lineCount ? min(range.end, text.lineStarts[line]) : range.end
      blocks.append(TextRange(start: start, end: end))
      start = end
    }
    return blocks
  }
}

extension SourceText {
  /// Whether `offset` is where a line starts (after a LF, or a CR not followed by one), or the end of the text: read
  /// from the bytes around it, as the line starts are made, without a search for its line.
  func isLineStart(_ offset: Int) -> Bool {
    guard offset > 0, offset < count else { return offset == 0 || offset == count }
    return bytes[offset - 1] == 0x0A || bytes[offset - 1] == 0x0D && bytes[offset] != 0x0A
  }
}
