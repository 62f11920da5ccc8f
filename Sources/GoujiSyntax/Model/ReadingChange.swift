import GoujiFormats
import GoujiText

/// What re-reading after edits changed in a reading, for the rules to redo only what depends on it: how to move
/// the ranges of the previous reading (and of anything found in it), and which ranges of the new text were read
/// again — or that the whole text was.
package struct ReadingChange: Sendable {
  /// The edits' moves of ranges, in the order the edits were applied.
  package private(set) var shifts: [RangeShift] = []
  /// The regions read again (a section from its heading to the end of its body), in the newest text.
  package private(set) var reread: [TextRange] = []
  /// The sections read again, by number.
  package private(set) var rereadSections: Set<Int> = []
  /// Whether some edit made the reader read the whole text (then nothing of the previous reading is reused).
  package private(set) var readInFull = false

  package init() {}

  /// `range` of the text before all the edits, moved through each of them.
  package func move(_ range: TextRange) -> TextRange {
    shifts.reduce(range) { $1($0) }
  }

  /// Whether the section holding `table` was read again.
  package func rereads(_ table: TableID) -> Bool { rereadSections.contains(table.sectionNumber) }

  /// The offset before which no edit moved anything: a range that ends before it is where it was.
  package var unmovedBefore: Int {
    shifts.lazy.map(\.start).min() ?? Int.max
  }

  /// This change followed by `later`.
  package mutating func append(_ later: ReadingChange) {
    guard !later.readInFull else { return recordFullRead() }
    for shift in later.shifts { reread = reread.map { shift($0) } }
    shifts += later.shifts
    reread += later.reread
    rereadSections.formUnion(later.rereadSections)
  }

  /// This change followed by an edit after which the whole text was read.
  mutating func recordFullRead() {
    readInFull = true
  }

  /// This change followed by an edit that moved ranges by `shift` and read again `section`, now `region`.
  mutating func record(_ shift: RangeShift, rereading section: Int, region: TextRange) {
    shifts.append(shift)
    reread = reread.map { shift($0) } + [region]
    rereadSections.insert(section)
  }
}
