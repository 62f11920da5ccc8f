import GoujiFormats
import GoujiText

/// Edits inside a line that holds a heading too: flattened text (a web scrape) writes the body on a few long lines,
/// so an edit shares its line with headings, and a 1 MB report may be one line. Such an edit is read as one inside
/// a section's body when the part of its line around it (``structureReach`` normalised characters either side) holds
/// nothing that could make or unmake a heading or a title, the line's own facts stay as they were, and the line
/// starts as it did.
extension ReportReader {
  /// How many normalised characters either side of an edit inside a line are searched for a heading's or a
  /// title's words: more than the longest section title with its numeral, and than a heading found by a keyword
  /// (`四、`, a keyword starting within 12 characters, `情况`).
  static let structureReach = 64

  /// How many bytes of a line's start decide whether the line starts with a heading, a table label or leftovers
  /// (``SectionReader/skipLeftovers(_:from:lineEnd:)`` then 256 bytes for a table label): an edit after them
  /// leaves the line's heading as it was.
  static let lineStartBytes = 264

  /// Whether `edit` (of the previous text) stays inside its line, `line` of the previous text, and away from the
  /// report's structure, so that ``reread(_:after:recordingIn:isCancelled:)`` may read the section alone; `newText`
  /// is the text after it.
  static func staysInsideLine(_ previous: Report, edit: TextEdit, newText: SourceText, line: Int) -> Bool {
    let old = previous.text
    let info = old.lineInfo(line, of: previous)
    guard old.keepsLineFacts(edit, firstNonSpace: info.firstNonSpace), old.line(containing: edit.range.end) == line
    else { return false }
    let span = structureSpan(old, around: edit.range, in: info.range)
    let newSpan = TextRange(start: span.start, end: span.end + edit.newText.utf8.count - edit.range.length)
    let newInfo = LineInfo(
      range: newText.lineContentRange(line), firstNonSpace: info.firstNonSpace, startsWithTab: info.startsWithTab,
      tabCount: info.tabCount
    )
    // The title is read from its line up to its end and a character after it: one on this line ends before.
    guard previous.title.map({ $0.range.end < span.start }) ?? true else { return false }
    return startsAsBefore(previous, line: info, number: line, span: span, edit: edit)
      && !holdsHeadingWords(old, span) && !holdsHeadingWords(newText, newSpan)
      && !hasLineFurniture(previous, line: info, newText: newText, newLine: newInfo)
      && !mayBeAppendix(previous, line: line, old: info, newText: newText, newLine: newInfo)
      && !mayBeInlineAppendix(previous, line: line, old: span, newText: newText, new: newSpan)
  }

  /// The window of ``rereadNarrative(_:window:text:shift:)`` for an edit inside a line (``staysInsideLine``) in the
  /// narrative of `section`, a section without a table: the part of the line around the edit within the section
  /// (``structureSpan(_:around:in:)``), and around it the text read for year statements and notice citations,
  /// counted in normalised characters as ``narrativeWindow(_:section:edit:text:shift:)`` counts them in lines.
  static func insideLineWindow(
    _ previous: Report, section: Section, edit: TextEdit, text: SourceText, shift: RangeShift
  ) -> NarrativeWindow? {
    guard previous.isPre2019 || TableID(sectionNumber: section.number) == nil else { return nil }
    let old = previous.text
    let line = old.line(containing: edit.range.start)
    let content = old.lineContentRange(line)
    let bounds = TextRange(
      start: max(content.start, section.heading.range.start), end: min(content.end, section.bodyRange.end)
    )
    let oldSpan = structureSpan(old, around: edit.range, in: bounds)
    let span = TextRange(start: oldSpan.start, end: oldSpan.end + shift.delta)
    let region = TextRange(start: section.heading.range.start, end: shift(section.bodyRange.end))
    let reach = NarrativeWindow.mentionReach
    return NarrativeWindow(
      oldLines: oldSpan, lines: span, lineNumbers: line...line,
      mentions: TextRange(
        start: text.normalizedReach(reach, from: span.start, towards: region.start),
        end: text.normalizedReach(reach, from: span.end, towards: region.end)
      ),
      scanned: TextRange(
        start: text.normalizedReach(2 * reach, from: span.start, towards: region.start),
        end: text.normalizedReach(2 * reach, from: span.end, towards: region.end)
      ),
      insideLine: true
    )
  }

  /// The part of `line` (a line's content range) around `range`: ``structureReach`` normalised characters either
  /// side, or up to the line's edge.
  static func structureSpan(_ text: SourceText, around range: TextRange, in line: TextRange) -> TextRange {
    TextRange(
      start: text.normalizedReach(structureReach, from: range.start, towards: line.start),
      end: text.normalizedReach(structureReach, from: range.end, towards: line.end)
    )
  }

  /// Whether the line starts as it did after the edit, with the same heading or none: the edit lies after the
  /// bytes that decide a heading at the line's start, and the line's heading, if any, ends before `span`; a line
  /// without one starts with a character that no heading starts with.
  private static func startsAsBefore(
    _ previous: Report, line: LineInfo, number: Int, span: TextRange, edit: TextEdit
  ) -> Bool {
    let text = previous.text
    let start = SectionReader.skipLeftovers(text, from: line.firstNonSpace, lineEnd: line.range.end)
    guard edit.range.start >= start + lineStartBytes else { return false }
    let headings = previous.sections.map(\.heading) + previous.strayHeadings
    guard !headings.contains(where: { $0.range.overlaps(span) }) else { return false }
    if headings.contains(where: { $0.line == number && $0.range.start == start }) { return true }
    let scalar = text.scalar(at: start)
    let folded = CharacterFolding.replacement(for: scalar).flatMap(\.first) ?? Character(scalar)
    return !ChineseNumeral.isNumeralCharacter(folded)
  }

  /// Whether `range` of `text`, normalised as the heading finder reads it, holds a title's words, a section's title
  /// or one of its variants (after any numeral), or a section's numeral and `、` followed by one of its keywords
  /// within the characters a heading found by keyword may start them in.
  private static func holdsHeadingWords(_ text: SourceText, _ range: TextRange) -> Bool {
    let view = NormalizedText(text, range: range, mode: .display)
    if headingWords.contains(where: { view.firstIndex(of: $0, from: 0) != nil }) { return true }
    for (numeral, keywords) in keywordedHeadings {
      var from = 0
      while let index = view.firstIndex(of: numeral, from: from) {
        from = index + numeral.count
        let window = from..<min(view.count, from + keywordedTitleReach)
        if keywords.contains(where: { keyword in window.contains { view.matches(keyword, at: $0) } }) { return true }
      }
    }
    return false
  }

  /// How far after `四、` a keyword may start in a heading found by keyword (`InlineHeadingFinder`'s window).
  private static let keywordedTitleReach = 12

  /// `年度报告`, `年报`, and every section's title and variants, as scalars of the normalised text.
  private static let headingWords: [[Unicode.Scalar]] =
    (["年度报告", "年报"] + ReportSections.all.flatMap { [$0.title] + $0.variants }).map { Array($0.unicodeScalars) }

  /// Each section's numeral with `、`, and its keywords, as scalars.
  private static let keywordedHeadings: [([Unicode.Scalar], [[Unicode.Scalar]])] = ReportSections.all.map { spec in
    (Array((ChineseNumeral.string(spec.number) + "、").unicodeScalars), spec.keywords.map { Array($0.unicodeScalars) })
  }

  /// Whether the line, before or after the edit, is page furniture as a whole (a table rule, a page number, a
  /// running header): the line-bound readings that the re-read of a part of a line does not make again.
  private static func hasLineFurniture(
    _ previous: Report, line: LineInfo, newText: SourceText, newLine: LineInfo
  ) -> Bool {
    guard !previous.furniture.contains(previous.text.trimmingSpaces(line.range)) else { return true }
    // A line that holds the title repeats no title (its own comes before it); an earlier one is as it was.
    let old = previous.text
    let titleLine = previous.title.map { old.line(containing: $0.range.end) }
    let title = titleLine.flatMap { $0 < old.line(containing: line.range.start) ? old.lineInfo($0, of: previous) : nil }
    let empty = TextRange(emptyAt: newLine.range.start)
    return !LeftoverScanner.furniture(in: newText, lines: [newLine], range: empty).isEmpty
      || !runningHeaders(newText, title: title, in: [newLine]).isEmpty
  }

  /// Whether the line lies after the closing section's heading (where the appendix is looked for) and is, before or
  /// after the edit, an appendix's first line.
  private static func mayBeAppendix(
    _ previous: Report, line: Int, old: LineInfo, newText: SourceText, newLine: LineInfo
  ) -> Bool {
    let closing = previous.section(ReportSections.all.count) ?? previous.sections.last
    guard let closing, line > closing.heading.line else { return false }
    return isAppendixLine(previous.text, old) || isAppendixLine(newText, newLine)
  }

  /// Whether the line holds the closing section's heading (flattened text) and the part around the edit holds, before
  /// or after it, a `附` that may start an appendix inside the line (``inlineAppendixStart(_:line:after:)``): the
  /// part reaches further than what decides one.
  private static func mayBeInlineAppendix(
    _ previous: Report, line: Int, old: TextRange, newText: SourceText, new: TextRange
  ) -> Bool {
    let closing = previous.section(ReportSections.all.count) ?? previous.sections.last
    guard let closing, line == closing.heading.line else { return false }
    return previous.text.firstOccurrence(of: appendixMark, in: old) != nil
      || newText.firstOccurrence(of: appendixMark, in: new) != nil
  }
}

extension SourceText {
  /// Whether `edit` leaves every line's kept facts (``LineInfos``) as they were: it removes and types no line end
  /// and no TAB, neither joins a CR to an LF nor splits them, and starts after its line's leading white space
  /// (`firstNonSpace`).
  func keepsLineFacts(_ edit: TextEdit, firstNonSpace: Int) -> Bool {
    let range = edit.range
    guard range.start > firstNonSpace, !bytes[range.start..<range.end].contains(where: Self.isLineFactByte),
      !edit.newText.utf8.contains(where: Self.isLineFactByte)
    else { return false }
    return !(range.start > 0 && bytes[range.start - 1] == 0x0D && range.end < count && bytes[range.end] == 0x0A)
  }

  /// TAB, LF and CR: the bytes a line's kept facts depend on.
  private static func isLineFactByte(_ byte: UInt8) -> Bool {
    byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// The line facts of `line`, from `report`'s own when they describe this text, or made afresh.
  func lineInfo(_ line: Int, of report: Report) -> LineInfo {
    guard let kept = report.lineInfos, kept.text == self, line < kept.count else { return lineInfo(line) }
    return kept[line]
  }

  /// The offset `reach` normalised characters (matching view) from `offset` towards `limit`, on a character
  /// boundary, or `limit` when there are fewer. The bytes are taken in growing steps, so a long line is not
  /// normalised whole.
  func normalizedReach(_ reach: Int, from offset: Int, towards limit: Int) -> Int {
    // At most the text's length (a reach without bound is `Int.max / 8`), so the offsets cannot overflow.
    var width = min(reach, count) * 4
    while true {
      let edge = limit < offset ? max(limit, offset - width) : min(limit, offset + width)
      guard edge != limit else { return limit }
      let boundary = scalarBoundary(atOrBefore: edge)
      let range = limit < offset ? TextRange(start: boundary, end: offset) : TextRange(start: offset, end: boundary)
      if NormalizedText(self, range: range, mode: .matching).count >= reach { return boundary }
      width = min(width * 2, count)
    }
  }
}
