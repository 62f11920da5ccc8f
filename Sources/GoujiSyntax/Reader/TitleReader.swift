import GoujiFormats
import GoujiText

/// Finds the report's title (`周村区科技局2020年政府信息公开工作年度报告`, possibly on two lines, possibly inside a
/// flattened line of page chrome) near the start of the text.
enum TitleReader {
  private static let titleEndings = ["政府信息公开工作年度报告", "政府信息公开年度报告", "政务公开工作年度报告"]

  /// How many non-blank lines from the text's start the title is looked for in.
  static let linesLookedAt = 30

  static func read(_ text: SourceText, lines: LineInfos) -> (title: ReportTitle, line: Int)? {
    // The first 30 non-blank lines, the others not looked at (filtering every line first was most of this pass).
    let nonBlank = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(linesLookedAt))
    for (position, line) in nonBlank.enumerated() {
      let wraps = position + 1 < nonBlank.count && nonBlank[position + 1] == line + 1
      // Every ending ends in `告`, which no other character folds to: a line without it, and without a next line to
      // wrap into that has it, holds no title, and is not viewed (a flattened form's lines are whole reports).
      guard holdsEndingMark(text, lines[line]) || (wraps && holdsEndingMark(text, lines[line + 1])) else { continue }
      var (view, endings) = viewToFirstEnding(text, lines[line].range)
      if endings.isEmpty, wraps {
        // A title wrapped inside its ending: `…2023年政府信息公开工作年` / `度报告`.
        view = NormalizedText(text, range: lines[line].range.union(lines[line + 1].range), mode: .display)
        endings = titleEndings.compactMap { wrappedEnding($0, in: view) }.filter {
          view.sourceRange(of: $0.start..<$0.end).end > lines[line].range.end
            && view.sourceRange(of: $0.start..<$0.start).start < lines[line].range.end
        }
      }
      // A cited document (《…年度报告格式》, …年度报告有关事项的通知) is not the title.
      guard let (endingStart, endIndex) = endings.min(by: { $0.end < $1.end }),
        endIndex == view.count || !"格》有”".unicodeScalars.contains(view.scalars[endIndex])
      else { continue }
      guard let title = title(in: view, ending: endingStart..<endIndex, text: text, lines: lines, line: line) else {
        continue
      }
      return (title, line)
    }
    return nil
  }

  /// How many bytes of a line the first view of it covers (``viewToFirstEnding(_:_:)``).
  static let firstViewLength = 4_096

  /// The display view of `line` far enough to hold its first title ending and the character after it, with the
  /// first occurrence of each ending in it (none when the whole line holds none). A flattened form's first line is
  /// the whole report, with its title near the start: the view covers the line's first 4 KiB, then twice as much,
  /// up to the whole line. Folding goes scalar by scalar, so the view of a line's first bytes (cut between scalars)
  /// is the start of the whole line's view, and an ending that ends before that view does is the line's first, as
  /// is the character after it.
  private static func viewToFirstEnding(_ text: SourceText, _ line: TextRange)
    -> (view: NormalizedText, endings: [(start: Int, end: Int)])
  {
    var length = firstViewLength
    while true {
      let end = length >= line.length ? line.end : text.scalarBoundary(atOrBefore: line.start + length)
      let view = NormalizedText(text, range: TextRange(start: line.start, end: end), mode: .display)
      let endings = titleEndings.compactMap { ending -> (start: Int, end: Int)? in
        guard let start = view.firstIndex(of: Array(ending.unicodeScalars)) else { return nil }
        return (start, start + ending.unicodeScalars.count)
      }
      if end == line.end || endings.contains(where: { $0.end < view.count }) { return (view, endings) }
      length *= 2
    }
  }

  /// The UTF-8 bytes of the last character of each title ending (`告` for every ending; an ending added with another
  /// last character is looked for by its own, and `CharacterFoldingTests` must then show that no character folds to
  /// it).
  private static let endingMarks = Set(titleEndings.compactMap(\.last)).map { Array(String($0).utf8) }

  /// Whether `line` holds the bytes of an ending's last character.
  private static func holdsEndingMark(_ text: SourceText, _ line: LineInfo) -> Bool {
    endingMarks.contains { text.firstOccurrence(of: $0, in: line.range) != nil }
  }

  private static func title(in view: NormalizedText, ending: Range<Int>, text: SourceText, lines: LineInfos, line: Int)
    -> ReportTitle?
  {
    let end = ending.upperBound
    // Walk back over the year and the agency: CJK characters, digits, `年`, `度`, brackets.
    var start = end
    while start > 0
      && (isTitleCharacter(view.scalars[start - 1]) || isSpaceBeforeYearCharacter(start - 1, in: view)
        || isSpaceBeforeYear(start - 1, in: view)
        || (start - 1 > ending.lowerBound && CharacterFolding.isSpace(view.scalars[start - 1])))
    {
      start -= 1
    }
    let sentenceLike = view.string(start..<end).count > 60
    if sentenceLike || isInSentence(start..<end, in: view) { return nil }
    let (year, yearRange) = yearBefore(end: end, from: start, in: view)
    var agencyText = agency(in: view, from: start, to: yearRange?.lowerBound ?? ending.lowerBound)
    var range = view.sourceRange(of: start..<end)
    if yearRange == nil && start == firstContent(of: view), let yearLine = yearLine(before: line, text, lines) {
      // The title wrapped after its year (`…管理局 2023 年` / `政府信息公开工作年度报告`, Word's PDF).
      let rest = view.string(start..<end).unicodeScalars.filter { !CharacterFolding.isSpace($0) }
      return ReportTitle(
        text: yearLine.text + String(String.UnicodeScalarView(rest)), agency: yearLine.agency, year: yearLine.year,
        range: yearLine.range.union(range), yearRange: yearLine.yearRange
      )
    }
    if start == firstContent(of: view) && line > 0, let previous = previousLine(before: line, lines: lines),
      isAgencyLine(text, lines[previous])
    {
      // The agency on the line before (001), or a long title wrapped inside the agency's name (`…大数据发展` /
      // `管理局2023年…`: the lines are adjacent).
      let agencyRange = text.trimmingSpaces(lines[previous].range)
      let previousText = withoutEmphasis(CharacterFolding.normalizeAndTrim(text[agencyRange]))
      if agencyText == nil {
        agencyText = previousText
        range = agencyRange.union(range)
      } else if previous == line - 1, let wrapped = agencyText, (previousText + wrapped).count <= 40 {
        agencyText = previousText + wrapped
        range = agencyRange.union(range)
      }
    }
    var rest = CharacterFolding.normalizeAndTrim(view.string((yearRange?.lowerBound ?? start)..<end))
    if let yearRange, let year, (0x30...0x39).contains(view.scalars[yearRange.lowerBound].value) {
      // `2024 年`: the year as a number, whatever spaces the text has before its 年 (a year in numerals as written).
      rest = "\(year)" + view.string(yearRange.upperBound..<end)
    }
    rest.unicodeScalars.removeAll(where: CharacterFolding.isSpace)
    return ReportTitle(
      text: (agencyText ?? "") + rest, agency: agencyText, year: year, range: range,
      yearRange: yearRange.map { view.sourceRange(of: $0) }
    )
  }

  /// `ending` in `view` with white space (a line break) allowed between its characters.
  private static func wrappedEnding(_ ending: String, in view: NormalizedText) -> (start: Int, end: Int)? {
    let key = Array(ending.unicodeScalars)
    var start = 0
    while let first = view.firstIndex(of: [key[0]], from: start) {
      var index = first
      var matched = 0
      while index < view.count && matched < key.count {
        if view.scalars[index] == key[matched] {
          matched += 1
        } else if !CharacterFolding.isSpace(view.scalars[index]) {
          break
        }
        index += 1
      }
      if matched == key.count { return (first, index) }
      start = first + 1
    }
    return nil
  }

  /// Whether the words stand inside a sentence of prose, after a comma or before a full stop
  /// (`规定，现公布…年度报告。`): a report names itself so, and a scraper that drops the title (trafilatura) leaves
  /// only that sentence.
  private static func isInSentence(_ words: Range<Int>, in view: NormalizedText) -> Bool {
    (words.lowerBound > 0 && "，,；;".unicodeScalars.contains(view.scalars[words.lowerBound - 1]))
      || (words.upperBound < view.count && view.scalars[words.upperBound] == "。")
  }

  /// Where the line's text starts: after white space and Markdown emphasis (html2text's `**`).
  private static func firstContent(of view: NormalizedText) -> Int {
    view.scalars.firstIndex { !CharacterFolding.isSpace($0) && $0 != "*" } ?? 0
  }

  private static func isTitleCharacter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return CharacterFolding.isIdeograph(scalar) || (0x30...0x39).contains(value)
      || "（）()".unicodeScalars.contains(scalar)
  }

  /// A space between a year's digits and its `年` (`2024 年`), which PDF text and careless typing leave.
  private static func isSpaceBeforeYearCharacter(_ index: Int, in view: NormalizedText) -> Bool {
    guard CharacterFolding.isSpace(view.scalars[index]) else { return false }
    var after = index
    while after < view.count && CharacterFolding.isSpace(view.scalars[after]) { after += 1 }
    var before = index
    while before > 0 && CharacterFolding.isSpace(view.scalars[before - 1]) { before -= 1 }
    return after < view.count && view.scalars[after] == "年" && before > 0
      && (0x30...0x39).contains(view.scalars[before - 1].value)
  }

  /// The four-digit year followed by `年` (spaces between allowed, and possibly `度`) just before the title's ending,
  /// in digits (`2020`) or in Chinese numerals digit by digit (`二〇二〇`).
  static func yearBefore(end: Int, from start: Int, in view: NormalizedText) -> (Int?, Range<Int>?) {
    var index = end - 1
    while index >= start + 4 {
      if view.scalars[index] == "年" {
        var digitsEnd = index
        while digitsEnd > start && CharacterFolding.isSpace(view.scalars[digitsEnd - 1]) { digitsEnd -= 1 }
        let digits = view.scalars[max(start, digitsEnd - 4)..<digitsEnd]
        if digits.count == 4, let year = year(digits) { return (year, (digitsEnd - 4)..<digitsEnd) }
      }
      index -= 1
    }
    return (nil, nil)
  }

  /// The Chinese numerals a year is written with, digit by digit, in the order of their values (`〇` or `○` zero).
  private static let numeralDigits: [Unicode.Scalar: Int] = Dictionary(
    uniqueKeysWithValues: zip("〇一二三四五六七八九".unicodeScalars, 0...9)
  ).merging(["○": 0, "零": 0]) { first, _ in first }

  /// The year four digits spell, ASCII (`2020`) or Chinese numerals (`二〇二〇`, never mixed), from 1900 to 2099 when
  /// written in numerals (`一二三四` in a name is no year).
  private static func year(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
    if digits.allSatisfy({ (0x30...0x39).contains($0.value) }) {
      return Int(String(String.UnicodeScalarView(digits)))
    }
    let values = digits.compactMap { numeralDigits[$0] }
    guard values.count == 4 else { return nil }
    let year = values.reduce(0) { $0 * 10 + $1 }
    return (1900...2099).contains(year) ? year : nil
  }

  /// The agency before the year: the run of CJK ideographs (astral ones included), `nil` when empty; white space
  /// between it and the year (`周村区科技局 2020 年`, PDF text) is not part of it.
  static func agency(in view: NormalizedText, from start: Int, to end: Int) -> String? {
    var end = end
    while end > start && CharacterFolding.isSpace(view.scalars[end - 1]) { end -= 1 }
    var first = end
    while first > start && CharacterFolding.isIdeograph(view.scalars[first - 1]) { first -= 1 }
    let agency = view.string(first..<end)
    return agency.isEmpty ? nil : agency
  }

  private static func previousLine(before line: Int, lines: LineInfos) -> Int? {
    (0..<line).last { !lines[$0].isBlank }
  }

  /// A line's text without the Markdown emphasis around it (html2text's `**某某县商务局**`, a bold paragraph).
  private static func withoutEmphasis(_ content: String) -> String {
    guard content.count > 4, content.hasPrefix("**"), content.hasSuffix("**") else { return content }
    return String(content.dropFirst(2).dropLast(2))
  }

  /// A short line that names a body: no sentence punctuation, no digits.
  private static func isAgencyLine(_ text: SourceText, _ line: LineInfo) -> Bool {
    let content = withoutEmphasis(CharacterFolding.normalizeAndTrim(text[line.range]))
    return (2...30).contains(content.count) && !content.contains { "。，,、：:；;0123456789".contains($0) }
      && !content.hasPrefix("一、")
  }
}
