import GoujiText

/// Headings whose numbering stands on a line of its own and whose title follows on the next line that is not blank:
/// `pdftotext` in reading order breaks LibreOffice's `一、　总体情况` at the ideographic space, writing `一、`, a blank
/// line and `总体情况`. The two lines are one heading, its range from the numbering to the title's end, when the title
/// line is a section's title alone (canonical or a variant), whatever the number: where a converter broke the line
/// does not change the reading, so `三、` / `总体情况` is read as `三、总体情况` is (section 一, its number wrong). A bare
/// `一、` followed by prose, by a title with text after it, or by a title beyond ``splitHeadingGap`` blank lines stays
/// no heading.
extension SectionReader {
  /// The most blank lines between a numbering and its title.
  static let splitHeadingGap = 2

  /// The longest line, in bytes after its leading white space, that may hold a numbering alone: `第十一部分` and a
  /// separator and spaces fit.
  private static let bareNumberingBytes = 24

  /// The longest title line, in bytes after its leading white space: the longest title or variant, with room.
  private static let splitTitleBytes = 160

  /// The heading of `line` when it holds a section's numbering alone (`一、`, `第一部分`) and the next line that is not
  /// blank, at most ``splitHeadingGap`` blank lines below, holds a section's title alone (the number may disagree).
  static func splitHeading(_ text: SourceText, lines: LineInfos, line: Int) -> Candidate? {
    let numbering = lines[line]
    guard mayBeBareNumbering(text, numbering) else { return nil }
    let start = skipLeftovers(text, from: numbering.firstNonSpace, lineEnd: numbering.range.end)
    let below = (line + 1)..<min(lines.count, line + splitHeadingGap + 2)
    guard let titleLine = below.first(where: { !lines[$0].isBlank }) else { return nil }
    let title = lines[titleLine]
    guard !title.startsWithTab, title.range.end - title.firstNonSpace <= splitTitleBytes,
      let heading = parseHeading(text, from: start, limit: title.range.end, line: line),
      heading.numberRange.end <= numbering.range.end, heading.titleRange.start >= title.firstNonSpace,
      !heading.title.unicodeScalars.contains(where: { titleStops.contains($0) })
    else { return nil }
    let (topic, match) = classify(heading.title)
    guard topic != nil, match != .differs else { return nil }
    return Candidate(heading: heading, topic: topic, match: heading.numbering == .enumerated ? match : .differs)
  }

  /// Punctuation a title line holding a title alone has none of: a sentence's or a run-on title's.
  private static let titleStops: Set<Unicode.Scalar> = ["。", "；", ";", ":", "：", "，", ","]

  /// Whether `line` may hold a numbering alone: short, starting (after leftovers) with a numeral or `第`, and with no
  /// ideograph but numerals and `第部分` (a title's first character ends a numbering). Every line
  /// ``splitHeading(_:lines:line:)`` reads a heading from passes this test, so an edit that touches no such line, nor
  /// a line at most ``splitHeadingGap`` + 1 lines below one, changes no split heading; a whole heading such as
  /// `一、总体情况` fails it, so typing below a heading does not read the whole text again.
  static func mayBeBareNumbering(_ text: SourceText, _ line: LineInfo) -> Bool {
    guard !line.isBlank, !line.startsWithTab else { return false }
    let start = skipLeftovers(text, from: line.firstNonSpace, lineEnd: line.range.end)
    guard start < line.range.end, line.range.end - start <= bareNumberingBytes else { return false }
    let first = text.scalar(at: start)
    guard first == "第" || numeralScalar(first) != nil else { return false }
    var offset = start
    while offset < line.range.end {
      let scalar = text.scalar(at: offset)
      if scalar.properties.isIdeographic && numeralScalar(scalar) == nil && !numberingWords.contains(scalar) {
        return false
      }
      offset += SourceText.scalarByteCount(lead: text.bytes[offset])
    }
    return true
  }

  /// The ideographs a numbering holds besides its numerals: `第一部分`.
  private static let numberingWords: Set<Unicode.Scalar> = ["第", "部", "分"]

  /// Whether the numbered `lines` of `text` (consecutive) may hold a heading split over lines, or its title or the
  /// blank lines inside it (``splitHeading(_:lines:line:)``): an edit of them can make or unmake one.
  static func touchesSplitHeading(_ text: SourceText, lines: [(Int, LineInfo)]) -> Bool {
    guard let first = lines.first?.0 else { return false }
    let above = max(0, first - splitHeadingGap - 1)..<first
    return lines.contains { mayBeBareNumbering(text, $0.1) }
      || above.contains { mayBeBareNumbering(text, text.lineInfo($0)) }
  }
}
