import GoujiFormats
import GoujiText

/// Finds the six top-level sections: headings numbered `一、`…`六、` at line starts (or, in flattened text, the
/// canonical headings inside long lines), matched to sections by their wording and position.
enum SectionReader {
  struct Result {
    var sections: [Section]
    var stray: StrayHeadings
  }

  /// A heading candidate and the section its wording points to. A text of `一、x` lines has a candidate a line, all
  /// kept while the stray headings are copied out of them: the topic is kept in a byte (56 bytes a candidate, 64 with
  /// an `Int?`).
  struct Candidate {
    var heading: SectionHeading
    /// The topic's number (a section's, 1…6), -1 for none.
    private var compactTopic: Int8
    var match: TitleMatch

    init(heading: SectionHeading, topic: Int?, match: TitleMatch) {
      self.heading = heading
      compactTopic = topic.map { Int8($0) } ?? -1
      self.match = match
    }

    /// The section the wording points to, if any.
    var topic: Int? {
      get { compactTopic < 0 ? nil : Int(compactTopic) }
      set { compactTopic = newValue.map { Int8($0) } ?? -1 }
    }
  }

  /// Every heading candidate of the text: headings at line starts, and canonical headings inside long lines for
  /// sections not found at line starts.
  static func candidates(_ text: SourceText, lines: LineInfos) -> Candidates {
    var candidates = Candidates()
    var topics = Set<Int>()
    for index in lines.indices {
      guard
        let candidate = lineHeading(text, lines[index], line: index, end: text.count)
          ?? splitHeading(text, lines: lines, line: index)
      else { continue }
      candidates.append(candidate)
      if let topic = candidate.topic { topics.insert(topic) }
    }
    let missing = ReportSections.all.map(\.number).filter { !topics.contains($0) }
    if !missing.isEmpty {
      candidates.insert(inlineHeadings(text, lines: lines, numbers: missing, end: text.count))
    }
    return candidates
  }

  /// The sections among the candidates before `end` (an appendix start, or the end of the text). Every candidate
  /// before `end` is either a section or stray, so the stray headings are kept in storage of their number (a text
  /// of `一、x` lines has one a line).
  static func assign(_ all: Candidates, titleLine: Int?, end: Int) -> Result {
    // For each topic (`nil` too), the last line of a candidate before `end` about it.
    var lastLines: [Int?: Int] = [:]
    var count = 0
    var titleBytes = 0
    for candidate in all {
      guard candidate.heading.range.start < end else { break }
      lastLines[candidate.topic] = candidate.heading.line
      count += 1
      titleBytes += candidate.heading.title.utf8.count
    }
    var accepted: [Candidate] = []
    var stray = StrayHeadings(reservingCapacity: count, titleBytes: titleBytes)
    for candidate in all {
      guard candidate.heading.range.start < end else { break }
      // A heading before the title, repeated after it (a later candidate about the same topic below the title).
      if let titleLine, candidate.heading.line < titleLine, lastLines[candidate.topic]! > titleLine {
        stray.append(candidate.heading)
        continue
      }
      let next = (accepted.map { $0.topic ?? 0 }.max() ?? 0) + 1
      let lastNumber = ReportSections.all.count
      let topic =
        candidate.topic
        ?? (candidate.heading.number == next && next <= lastNumber && isHeadingLike(candidate) ? next : nil)
      guard let topic, !accepted.contains(where: { $0.topic == topic }) else {
        stray.append(candidate.heading)
        continue
      }
      var resolved = candidate
      resolved.topic = topic
      if candidate.topic == nil || candidate.heading.number != topic { resolved.match = .differs }
      accepted.append(resolved)
    }
    let sections = accepted.enumerated().map { index, candidate in
      let bodyEnd = index + 1 < accepted.count ? accepted[index + 1].heading.range.start : end
      return Section(
        number: candidate.topic!, heading: candidate.heading, titleMatch: candidate.match,
        bodyRange: TextRange(start: min(candidate.heading.range.end, bodyEnd), end: bodyEnd)
      )
    }
    return Result(sections: sections, stray: stray)
  }

  private static func isHeadingLike(_ candidate: Candidate) -> Bool {
    candidate.heading.title.count <= 20 && !candidate.heading.title.contains("。")
  }

  /// Whether a line starts with something that could be a section heading.
  static func isHeadingCandidate(_ text: SourceText, _ line: LineInfo, line number: Int) -> Bool {
    lineHeading(text, line, line: number, end: text.count) != nil
  }

  /// A heading at the start of a line: `三、收到和处理政府信息公开申请情况`.
  private static func lineHeading(_ text: SourceText, _ line: LineInfo, line number: Int, end: Int) -> Candidate? {
    guard !line.isBlank, !line.startsWithTab, line.range.start < end else { return nil }
    var start = line.firstNonSpace
    start = skipLeftovers(text, from: start, lineEnd: line.range.end)
    if startsWithTableLabel(text, from: start, lineEnd: line.range.end, line: number) { return nil }
    guard var heading = parseHeading(text, from: start, limit: line.range.end, line: number) else { return nil }
    let (topic, match): (Int?, TitleMatch)
    if isWordlessASCII(text, heading.titleRange) {
      // Such a title is no table label, does not run on and is about no section, known without folding it.
      (topic, match) = (nil, .differs)
    } else {
      let title = heading.titleRange
      let titleStart = TextRange(start: title.start, end: min(title.end, title.start + 64))
      if isTableLabel(heading.title) || isCutTableLabel(text[titleStart]) { return nil }
      heading = endingRunOnTitle(heading, text: text)
      (topic, match) = classify(heading.title)
    }
    if topic == nil && (heading.title.count > 30 || line.tabCount > 0) { return nil }
    // `第二部分所述的主动公开情况…` starting a line of prose: a part heading with nothing between its number and
    // its title is one only when the title is a section's, word for word.
    if heading.numbering == .part(hasSeparator: false), topic == nil || match == .differs { return nil }
    return Candidate(heading: heading, topic: topic, match: heading.numbering == .enumerated ? match : .differs)
  }

  /// Whether the line's heading would be a table 三 row label, decided from its first bytes when they settle it, so
  /// that a label followed by megabytes of digits is not folded whole. Folding works scalar by scalar, so the folded
  /// start of the line is a prefix of the folded line; once it holds more characters than a label core, only the last
  /// of them can still change, and the answer is the whole line's.
  private static func startsWithTableLabel(_ text: SourceText, from start: Int, lineEnd: Int, line: Int) -> Bool {
    var limit = min(lineEnd, start + labelPrefixBytes)
    while limit < lineEnd && text.bytes[limit] & 0xC0 == 0x80 { limit -= 1 }
    guard limit < lineEnd, let heading = parseHeading(text, from: start, limit: limit, line: line) else { return false }
    let folded = NormalizedText.foldedString(heading.title, mode: .matching)
    return folded.count > tableLabelCoreLength + 1 && isTableLabel(heading.title)
  }

  /// How many bytes of a line's start decide whether it is a table label.
  private static let labelPrefixBytes = 256

  /// Skips `[bookmark: …]`, `**`, Markdown's heading marks (`## `, html2text and markdownify write headings so) and
  /// spaces at the start of a line.
  static func skipLeftovers(_ text: SourceText, from start: Int, lineEnd: Int) -> Int {
    var index = start
    while index < lineEnd {
      let width = SourceText.scalarByteCount(lead: text.bytes[index])
      if text.isSpace(at: index, width: width) || text.bytes[index] == 0x2A || text.bytes[index] == 0x23 {
        index += width
      } else if text.bytes[index] == 0x5B,
        let close = text.firstOccurrence(of: [0x5D], in: TextRange(start: index, end: lineEnd)),
        text[TextRange(start: index, end: close)].contains(":")
      {
        index = close + 1
      } else {
        break
      }
    }
    return index
  }

  /// Parses `numeral、title` starting at `start`.
  static func parseHeading(_ text: SourceText, from start: Int, limit: Int, line: Int) -> SectionHeading? {
    if let part = parsePartHeading(text, from: start, limit: limit, line: line) { return part }
    var index = start
    var numeral = String.UnicodeScalarView()
    while index < limit, numeral.count < 3, let folded = numeralScalar(text.scalar(at: index)) {
      numeral.append(folded)
      index += SourceText.scalarByteCount(lead: text.bytes[index])
    }
    // The separator first: most lines that start with a numeral character (a cell's `一`, a sentence's `十`) have
    // none, and reading the numeral's value is the dearer test.
    guard !numeral.isEmpty, index < limit, "、.．,，".unicodeScalars.contains(text.scalar(at: index)),
      let number = ChineseNumeral.value(String(numeral))
    else { return nil }
    let numberRange = TextRange(start: start, end: index)
    index += SourceText.scalarByteCount(lead: text.bytes[index])
    let titleRange = trimmingEmphasis(text, text.trimmingSpaces(TextRange(start: index, end: limit)))
    let title = headingTitle(text, titleRange)
    guard !title.isEmpty else { return nil }
    return SectionHeading(
      number: number, title: title, range: TextRange(start: start, end: titleRange.end), numberRange: numberRange,
      titleRange: titleRange, line: line
    )
  }

  /// The numeral character `一`…`十` that `scalar` folds to (`⼀` is `一`), if any: the test of
  /// `ChineseNumeral.isNumeralCharacter` on the first character of the scalar's replacement, else on the scalar, made
  /// without building `Character`s for the scalars that have no replacement (the numerals themselves, ASCII).
  static func numeralScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    guard let folded = CharacterFolding.replacement(for: scalar)?.first else {
      return ChineseNumeral.isNumeralScalar(scalar) ? scalar : nil
    }
    return ChineseNumeral.isNumeralCharacter(folded) ? folded.unicodeScalars.first : nil
  }

  /// A heading's title as the rules see it: folded for display, without spaces and `*` (Markdown's emphasis).
  static func headingTitle(_ text: SourceText, _ range: TextRange) -> String {
    if isWordlessASCII(text, range) { return asciiTitle(text, range) }
    let folded = FoldedScalars(NormalizedText.fold(text[range], mode: .display))
    guard folded.isPlain else { return folded.string.filter { $0 != " " && $0 != "*" } }
    return String(String.UnicodeScalarView(folded.scalars.filter { $0 != " " && $0 != "*" }))
  }

  /// A heading whose line runs on into the section's text (flattened scrapes: `二、主动公开政府信息情况第二十条…`, or
  /// `一、总体情况。2021年…`) ends where its canonical title (or a variant) ends, or at the first full stop.
  static func endingRunOnTitle(_ heading: SectionHeading, text: SourceText) -> SectionHeading {
    let view = NormalizedText(text, range: heading.titleRange, mode: .display)
    var end: Int?
    for key in titleScalars where view.count >= key.count + runOnSlack && view.matches(key, at: 0) {
      end = max(end ?? 0, key.count)
    }
    if end == nil, let stop = view.scalars.firstIndex(where: { "。；;".unicodeScalars.contains($0) }) { end = stop }
    guard let end, end < view.count else { return heading }
    var trimmed = heading
    trimmed.titleRange = view.sourceRange(of: 0..<end)
    trimmed.range = TextRange(start: heading.range.start, end: trimmed.titleRange.end)
    trimmed.title = headingTitle(text, trimmed.titleRange)
    return trimmed
  }

  /// How much longer than a canonical title a heading line must be to count as running on (shorter extra text is a
  /// mistyped title, reported as such).
  private static let runOnSlack = 12

  /// Every section's title and its variants, as scalars, made once rather than for each heading.
  static let titleScalars = ReportSections.all.flatMap { [$0.title] + $0.variants }
    .map { Array($0.unicodeScalars) }

  /// The section a title is about, and how close its wording is to the canonical one.
  static func classify(_ title: String) -> (Int?, TitleMatch) {
    let folded = FoldedScalars(NormalizedText.fold(title, mode: .matching))
    if folded.isPlain, let plainTitles {
      return classify(head: folded.scalars.prefix { !titleHeadEnds.unicodeScalars.contains($0) }, plainTitles)
    }
    let head = String(folded.string.prefix { !titleHeadEnds.contains($0) })
    for (number, canonical, variants) in foldedTitles {
      if head == canonical { return (number, .canonical) }
      if variants.contains(head) { return (number, .variant) }
    }
    for spec in ReportSections.all where spec.keywords.contains(where: { head.contains($0) }) {
      return (spec.number, .differs)
    }
    return (nil, .differs)
  }

  /// ``classify(_:)`` of a plain head (``FoldedScalars/isPlain(_:)``) against plain titles and keywords: a plain
  /// scalar is a character of its own and no other character equals it, so comparing and searching the scalars
  /// answers as `String`'s `==` and `contains` do, without making a `String` or calling Foundation's search for each
  /// of the 16 keywords (a text of `一、x` lines classifies a title a line).
  private static func classify(head: ArraySlice<Unicode.Scalar>, _ titles: [PlainTitles]) -> (Int?, TitleMatch) {
    for titles in titles {
      if head.elementsEqual(titles.canonical) { return (titles.number, .canonical) }
      if titles.variants.contains(where: { head.elementsEqual($0) }) { return (titles.number, .variant) }
    }
    for titles in titles where titles.keywords.contains(where: { FoldedScalars.occurs($0, in: head) }) {
      return (titles.number, .differs)
    }
    return (nil, .differs)
  }

  /// A section's folded title, variants and keywords (as written), as scalars.
  struct PlainTitles {
    var number: Int
    var canonical: [Unicode.Scalar]
    var variants: [[Unicode.Scalar]]
    var keywords: [[Unicode.Scalar]]
  }

  /// Every section's ``PlainTitles``, or `nil` when one of them is not plain (then titles are compared as strings).
  static let plainTitles: [PlainTitles]? = {
    let titles = zip(foldedTitles, ReportSections.all).map { folded, spec in
      PlainTitles(
        number: folded.0, canonical: Array(folded.1.unicodeScalars),
        variants: folded.2.map { Array($0.unicodeScalars) }, keywords: spec.keywords.map { Array($0.unicodeScalars) }
      )
    }
    let scalars = titles.flatMap { [$0.canonical] + $0.variants + $0.keywords }
    return scalars.allSatisfy { $0.allSatisfy(FoldedScalars.isPlain) } ? titles : nil
  }()

  /// Where a title's head ends (``classify(_:)``).
  private static let titleHeadEnds = "。;:：；"

  /// Each section's canonical title and variants, folded for matching.
  private static let foldedTitles: [(Int, String, [String])] = ReportSections.all.map { spec in
    (
      spec.number, NormalizedText.foldedString(spec.title, mode: .matching),
      spec.variants.map { NormalizedText.foldedString($0, mode: .matching) }
    )
  }

  /// Whether a "heading" is really a row label of table 三 (`一、本年新收政府信息公开申请数量`).
  static func isTableLabel(_ title: String) -> Bool {
    let folded = FoldedScalars(NormalizedText.fold(title, mode: .matching))
    return tableLabelCores.value.contains { folded.hasPrefix($0) }
  }

  /// Whether a heading's title as written (`title`, its source text) starts with a word that begins a table label
  /// cut short by a PDF's wrapping: `三、本年` above `度办理结果`, or beside the next column's text and the values in
  /// layout text (`三、本年   （一）予以公开   3 0 …`). Such a word is shorter than a label core, and no section title
  /// or stray heading the reader looks for is only that.
  /// A group label cut to its number alone, before the first row label beside it, is one too
  /// (`三、 （一）予以公开 0 381 …`, a narrow label column beside a wide 总计 column).
  static func isCutTableLabel(_ title: String) -> Bool {
    // Of plain scalars, only the two spaces are white space.
    let first =
      title.unicodeScalars.allSatisfy(FoldedScalars.isPlain)
      ? Substring(title.unicodeScalars.prefix { $0 != " " && $0 != "\u{3000}" }) : title.prefix { !$0.isWhitespace }
    let word = FoldedScalars(NormalizedText.fold(first, mode: .matching))
    if parenthesizedLabelStarts.value.contains(where: { word.hasPrefix($0) }) { return true }
    return !word.scalars.isEmpty && word.characterCount < tableLabelCoreLength
      && tableLabelCores.value.contains { $0.hasPrefix(word) }
  }

  /// The starts of table 三's labels numbered `（一）` … (rows and groups): their number and first two characters.
  static let parenthesizedLabelStarts = DerivedFromFormats {
    let format = ReportFormats.latest.table3
    let labels = format.rows.map { ($0.numbering, $0.core) } + format.groups.map { ($0.numbering, $0.core) }
    return labels.filter { $0.0.hasPrefix("（") }.map {
      FoldedScalars(NormalizedText.fold($0.0 + String($0.1.prefix(2)), mode: .matching))
    }
  }

  static let tableLabelCores = DerivedFromFormats {
    let format = ReportFormats.latest.table3
    let labels =
      format.rows.filter { $0.numbering.hasSuffix("、") }.map(\.core)
      + format.groups.filter { $0.numbering.hasSuffix("、") }.map(\.core)
    return labels.map {
      FoldedScalars(folded: NormalizedText.foldedString($0, mode: .matching).prefix(tableLabelCoreLength))
    }
  }

  /// How many leading characters of a table label tell it from a heading.
  private static let tableLabelCoreLength = 4
}
