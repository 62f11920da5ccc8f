import GoujiFormats
import GoujiText

/// Headings inside long lines (flattened text), for the sections not found at line starts. The text is searched
/// normalised, so a heading written with Kangxi radicals is found too. A heading there has no visible end, so it is
/// found by its wording, in three steps from the surest:
/// 1. the section's number and its canonical title or a known variant (`三、收到和处理政府信息公开申请情况`, or
///    numbered as a part, `第三部分 收到和处理政府信息公开申请情况`);
/// 2. the canonical title or a variant after another number (`二、收到和处理政府信息公开申请情况` where 三 belongs);
/// 3. the section's number (`五、`, `第五部分`) and a title naming its subject near its start
///    (`五、存在的主要问题及明年工作计划`, `一、政务信息公开总体情况`); the title is taken to end after its last keyword
///    (and a following `情况`).
extension SectionReader {
  static func inlineHeadings(_ text: SourceText, lines: LineInfos, numbers: [Int], end: Int) -> [Candidate] {
    guard mayHoldInlineHeading(text, lines: lines, numbers: numbers, end: end) else { return [] }
    let view = NormalizedText(text, range: TextRange(start: 0, end: end), mode: .display)
    let finder = InlineHeadingFinder(text: text, lines: lines, view: view)
    var result: [Candidate] = []
    for spec in ReportSections.all where numbers.contains(spec.number) {
      let found =
        finder.titled(spec, anyNumber: false).nonEmpty ?? finder.titled(spec, anyNumber: true).nonEmpty
        ?? finder.keyworded(spec)
      result += found
    }
    return result
  }
}

/// Searches a normalised view of the whole text for inline headings.
private struct InlineHeadingFinder {
  let text: SourceText
  let lines: LineInfos
  let view: NormalizedText

  /// `numeral、title` for the canonical title and the variants; with `anyNumber`, after any numeral.
  func titled(_ spec: SectionSpec, anyNumber: Bool) -> [SectionReader.Candidate] {
    var result: [SectionReader.Candidate] = []
    for title in [spec.title] + spec.variants {
      let key = Array(title.unicodeScalars)
      var from = 0
      while let index = view.firstIndex(of: key, from: from) {
        from = index + key.count
        guard let numeral = numeralStart(before: index) ?? partStart(before: index),
          let heading = heading(from: numeral, titleEnd: from), anyNumber || heading.number == spec.number
        else { continue }
        let numberedAsFormat = heading.number == spec.number && heading.numbering == .enumerated
        let match: TitleMatch = !numberedAsFormat ? .differs : title == spec.title ? .canonical : .variant
        result.append(SectionReader.Candidate(heading: heading, topic: spec.number, match: match))
      }
    }
    return result
  }

  /// `numeral、…keyword…` with the section's own number and one of its keywords among the title's first characters.
  func keyworded(_ spec: SectionSpec) -> [SectionReader.Candidate] {
    let numeral = ChineseNumeral.string(spec.number)
    let needles = [numeral + "、", "第" + numeral + "部分", "第\(spec.number)部分"].map { Array($0.unicodeScalars) }
    return needles.flatMap { keyworded(spec, needle: $0) }.sorted { $0.heading.range.start < $1.heading.range.start }
  }

  private func keyworded(_ spec: SectionSpec, needle: [Unicode.Scalar]) -> [SectionReader.Candidate] {
    var result: [SectionReader.Candidate] = []
    var from = 0
    while let index = view.firstIndex(of: needle, from: from) {
      from = index + needle.count
      var titleStart = from
      while titleStart < view.count, titleStart - from < 2, " 　：:、".unicodeScalars.contains(view.scalars[titleStart]) {
        titleStart += 1
      }
      guard let titleEnd = keywordedTitleEnd(spec, from: titleStart),
        var heading = heading(from: index, titleEnd: titleEnd),
        !SectionReader.isTableLabel(heading.title), !standsInGridCell(heading.range.start)
      else { continue }
      heading.hasUncertainEnd = true
      result.append(SectionReader.Candidate(heading: heading, topic: spec.number, match: .differs))
    }
    return result
  }

  /// Whether the text before `start` on its line ends with a grid bar: a cell of a pipe table (an appendix's
  /// `| 四、行政诉讼数量 | 件 | 1 |`, trafilatura), never a heading.
  private func standsInGridCell(_ start: Int) -> Bool {
    let lineStart = lines[text.line(containing: start)].range.start
    let before = CharacterFolding.normalizeAndTrim(text[TextRange(start: lineStart, end: start)])
    return before.unicodeScalars.last.map(CharacterFolding.isGridBar) ?? false
  }

  /// Where a title starting at `start` ends: after the last keyword starting within its first characters. Only
  /// the window is searched: a search to the end of the text for a keyword that is not there made a text of
  /// `一、` lines quadratic (5 MB of them ran for minutes).
  private func keywordedTitleEnd(_ spec: SectionSpec, from start: Int) -> Int? {
    let window = max(start, min(view.count, start + InlineHeadingFinder.keywordWindow))
    var end: Int?
    for keyword in spec.keywords {
      let key = Array(keyword.unicodeScalars)
      guard !key.isEmpty else { continue }
      for index in start..<window where view.matches(key, at: index) {
        end = max(end ?? 0, index + key.count)
      }
    }
    guard var end else { return nil }
    if view.matches(Array("情况".unicodeScalars), at: end) { end += 2 }
    return end
  }

  /// How far into a title a keyword may start.
  private static let keywordWindow = 12

  /// The numeral before `、` (or `.`) at `index - 1`, if the heading stands inside a line (not at its start).
  private func numeralStart(before index: Int) -> Int? {
    // `、`, or a full stop as some reports number headings (`一．总体情况`; `．` folds to `.`).
    guard index >= 2, "、.．".unicodeScalars.contains(view.scalars[index - 1]) else { return nil }
    var start = index - 1
    while start > 0 && index - 1 - start < 3 && ChineseNumeral.isNumeralCharacter(Character(view.scalars[start - 1])) {
      start -= 1
    }
    return start < index - 1 ? start : nil
  }

  /// Where `第numeral部分` (and a separator) before the title at `index` starts, if it stands there.
  private func partStart(before index: Int) -> Int? {
    var end = index
    while end > 0, index - end < 2, " 　：:、.．".unicodeScalars.contains(view.scalars[end - 1]) { end -= 1 }
    guard end >= 4, view.scalars[end - 2] == "部", view.scalars[end - 1] == "分" else { return nil }
    var start = end - 2
    while start > 0, end - 2 - start < 2 {
      let scalar = view.scalars[start - 1]
      guard ChineseNumeral.isNumeralScalar(scalar) || ("0"..."9").contains(scalar) else { break }
      start -= 1
    }
    guard start < end - 2, start > 0, view.scalars[start - 1] == "第" else { return nil }
    return start - 1
  }

  private func heading(from start: Int, titleEnd: Int) -> SectionHeading? {
    let range = view.sourceRange(of: start..<titleEnd)
    let line = text.line(containing: range.start)
    guard range.start > lines[line].firstNonSpace else { return nil }
    return SectionReader.parseHeading(text, from: range.start, limit: range.end, line: line)
  }
}

extension Array {
  /// `nil` when empty, for chaining alternatives with `??`.
  fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}
