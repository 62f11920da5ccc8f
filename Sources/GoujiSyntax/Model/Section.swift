import GoujiText

/// A heading numbered like a top-level section (`三、…`).
///
/// Kept compact (48 bytes, was 88: `UInt32` offsets and line, as every offset of a text fits one):
/// a text of `一、x` lines has a heading a line, each a stray heading of the report and first a candidate of the
/// section reader.
package struct SectionHeading: Sendable, Hashable {
  /// The title after the numbering, normalised.
  package var title: String
  private var compactRange: CompactRange
  private var compactNumberRange: CompactRange
  private var compactTitleRange: CompactRange
  private var compactLine: UInt32
  private var compactNumber: UInt16
  /// Whether the title's end is a guess: a heading inside flattened text whose wording is neither the canonical
  /// title nor a variant runs straight into the section's text.
  package var hasUncertainEnd = false
  /// How the heading is numbered: `三、` as the national format numbers it, or `第三部分`.
  package var numbering = HeadingNumbering.enumerated

  package init(
    number: Int, title: String, range: TextRange, numberRange: TextRange, titleRange: TextRange, line: Int,
    numbering: HeadingNumbering = .enumerated
  ) {
    self.title = title
    compactRange = CompactRange(range)
    compactNumberRange = CompactRange(numberRange)
    compactTitleRange = CompactRange(titleRange)
    compactLine = UInt32(line)
    compactNumber = UInt16(number)
    self.numbering = numbering
  }

  /// The value of the numeral as written (三 → 3; a numeral of at most three characters).
  package var number: Int {
    get { Int(compactNumber) }
    set { compactNumber = UInt16(newValue) }
  }
  /// The whole heading, numbering included (leading spaces and leftovers excluded).
  package var range: TextRange {
    get { compactRange.range }
    set { compactRange = CompactRange(newValue) }
  }
  package var numberRange: TextRange {
    get { compactNumberRange.range }
    set { compactNumberRange = CompactRange(newValue) }
  }
  package var titleRange: TextRange {
    get { compactTitleRange.range }
    set { compactTitleRange = CompactRange(newValue) }
  }
  /// Zero-based line of the heading.
  package var line: Int {
    get { Int(compactLine) }
    set { compactLine = UInt32(newValue) }
  }
}

/// A ``TextRange`` in 8 bytes: every offset of a text fits a `UInt32` (`SourceText.maximumByteCount`).
struct CompactRange: Sendable, Hashable {
  var start: UInt32
  var end: UInt32

  init(_ range: TextRange) {
    start = UInt32(range.start)
    end = UInt32(range.end)
  }

  var range: TextRange { TextRange(start: Int(start), end: Int(end)) }
}

extension CompactRange: CustomReflectable {
  /// Reflected as the range it stands for: what `dump` prints, and how `ReportWalkTests` finds every stored range.
  var customMirror: Mirror { Mirror(self, children: ["range": range]) }
}

/// How a heading is numbered.
package enum HeadingNumbering: Sendable, Hashable {
  /// `三、…`, as the national format numbers its sections.
  case enumerated
  /// `第三部分 …`; `hasSeparator` when white space, a colon or `、` stands between the number and the title.
  case part(hasSeparator: Bool)
}

/// How a heading's title compares with the canonical title of its section.
package enum TitleMatch: Sendable, Hashable {
  case canonical
  /// One of the accepted variants of formats.md.
  case variant
  /// Anything else: a typo, other wording, a wrong number.
  case differs
}

/// One of the six top-level sections, found in the text.
package struct Section: Sendable, Hashable {
  /// Which section this is (1…6), decided from its title and position, not only from the numeral written.
  package var number: Int
  package var heading: SectionHeading
  package var titleMatch: TitleMatch
  /// From the end of the heading to the start of the next section (or of an appendix, or the end of the text).
  package var bodyRange: TextRange
}
