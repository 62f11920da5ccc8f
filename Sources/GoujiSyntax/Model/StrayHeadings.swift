import GoujiText

/// The report's stray headings (``Report/strayHeadings``), kept compactly: a text of `一、x` lines has one a line,
/// held from the reading to the end of the rules' run, and a ``SectionHeading`` takes 48 bytes (its title a `String`
/// of 16, with a box of its own when longer than 15 bytes). Here a heading takes 36 bytes and its title's UTF-8,
/// one title after another in one buffer; each is made a ``SectionHeading`` again when read, equal to the one kept.
package struct StrayHeadings: RandomAccessCollection, Sendable, Hashable {
  private var entries: [Entry] = []
  /// Every title's UTF-8, one after another: an entry's title ends at its `titleEnd` and starts where the one
  /// before it ends.
  private var titles: [UInt8] = []

  package init() {}

  /// Storage for `count` headings whose titles take `titleBytes` bytes of UTF-8 together, so that adding them
  /// leaves no room to grow.
  package init(reservingCapacity count: Int, titleBytes: Int) {
    entries.reserveCapacity(count)
    titles.reserveCapacity(titleBytes)
  }

  package var startIndex: Int { 0 }
  package var endIndex: Int { entries.count }

  /// How many headings the storage holds room for.
  package var capacity: Int { entries.capacity }

  package subscript(index: Int) -> SectionHeading {
    let entry = entries[index]
    let start = index == 0 ? 0 : Int(entries[index - 1].titleEnd)
    let title = String(decoding: titles[start..<Int(entry.titleEnd)], as: UTF8.self)
    var heading = SectionHeading(
      number: Int(entry.number), title: title, range: entry.range.range, numberRange: entry.numberRange.range,
      titleRange: entry.titleRange.range, line: Int(entry.line), numbering: entry.numbering
    )
    heading.hasUncertainEnd = entry.hasUncertainEnd
    return heading
  }

  /// Adds a heading after those added before.
  package mutating func append(_ heading: SectionHeading) {
    titles.append(contentsOf: heading.title.utf8)
    entries.append(Entry(heading, titleEnd: UInt32(titles.count)))
  }

  /// The range of the heading at `index` (numbering included), without making its title.
  package func range(at index: Int) -> TextRange { entries[index].range.range }

  /// The heading's, its number's and its title's ranges of the heading at `index`, without making its title.
  package func ranges(at index: Int) -> [TextRange] {
    let entry = entries[index]
    return [entry.range.range, entry.numberRange.range, entry.titleRange.range]
  }

  /// Replaces the ranges of the heading at `index` with the first three of `ranges` (``ranges(at:)``'s order).
  package mutating func setRanges(_ ranges: [TextRange], at index: Int) {
    entries[index].range = CompactRange(ranges[0])
    entries[index].numberRange = CompactRange(ranges[1])
    entries[index].titleRange = CompactRange(ranges[2])
  }

  /// The zero-based line of the heading at `index`.
  package func line(at index: Int) -> Int { Int(entries[index].line) }

  /// Moves the heading at `index` to another line.
  package mutating func setLine(_ line: Int, at index: Int) { entries[index].line = UInt32(line) }

  /// A heading without its title: its ranges and line as `UInt32`s, its number, how it is numbered and whether its
  /// end is a guess in three bytes, and where its title ends in ``StrayHeadings/titles``.
  private struct Entry: Sendable, Hashable {
    var range: CompactRange
    var numberRange: CompactRange
    var titleRange: CompactRange
    var line: UInt32
    let titleEnd: UInt32
    let number: UInt16
    /// Bit 0: the end is uncertain; bit 1: numbered as a part; bit 2: a separator after the part's number.
    let flags: UInt8

    init(_ heading: SectionHeading, titleEnd: UInt32) {
      range = CompactRange(heading.range)
      numberRange = CompactRange(heading.numberRange)
      titleRange = CompactRange(heading.titleRange)
      line = UInt32(heading.line)
      self.titleEnd = titleEnd
      number = UInt16(heading.number)
      var flags: UInt8 = heading.hasUncertainEnd ? 1 : 0
      if case .part(let hasSeparator) = heading.numbering { flags |= hasSeparator ? 6 : 2 }
      self.flags = flags
    }

    var hasUncertainEnd: Bool { flags & 1 != 0 }

    var numbering: HeadingNumbering { flags & 2 == 0 ? .enumerated : .part(hasSeparator: flags & 4 != 0) }
  }
}

extension StrayHeadings: CustomReflectable {
  /// Reflected as the headings it holds: what `dump` prints, and how `ReportWalkTests` finds every stored range.
  package var customMirror: Mirror { Mirror(self, unlabeledChildren: Array(self), displayStyle: .collection) }
}

extension StrayHeadings: CustomStringConvertible {
  /// The headings, as an array of them prints.
  package var description: String { Array(self).description }
}
