import GoujiText

/// A heading numbered like a top-level section (`三、…`).
package struct SectionHeading: Sendable, Hashable {
  /// The value of the numeral as written (三 → 3).
  package var number: Int
  /// The title after the numbering, normalised.
  package var title: String
  /// The whole heading, numbering included (leading spaces and leftovers excluded).
  package var range: TextRange
  package var numberRange: TextRange
  package var titleRange: TextRange
  /// Zero-based line of the heading.
  package var line: Int
  /// Whether the title's end is a guess: a heading inside flattened text whose wording is neither the canonical
  /// title nor a variant runs straight into the section's text.
  package var hasUncertainEnd = false
  /// How the heading is numbered: `三、` as the national format numbers it, or `第三部分`.
  package var numbering = HeadingNumbering.enumerated
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
