import GoujiFormats
import GoujiText

/// Finds the report's title (`周村区科技局2020年政府信息公开工作年度报告`, possibly on two lines, possibly inside a
/// flattened line of page chrome) near the start of the text.
enum TitleReader {
  private static let titleEndings = ["政府信息公开工作年度报告", "政府信息公开年度报告", "政务公开工作年度报告"]

  static func read(_ text: SourceText, lines: [LineInfo]) -> (title: ReportTitle, line: Int)? {
    let nonBlank = lines.indices.filter { !lines[$0].isBlank }.prefix(30)
    for (position, line) in nonBlank.enumerated() {
      var view = NormalizedText(text, range: lines[line].range, mode: .display)
      var endings = titleEndings.compactMap { ending -> (start: Int, end: Int)? in
        guard let start = view.firstIndex(of: Array(ending.unicodeScalars)) else { return nil }
        return (start, start + ending.unicodeScalars.count)
      }
      if endings.isEmpty, position + 1 < nonBlank.count, nonBlank[position + 1] == line + 1 {
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

  private static func title(in view: NormalizedText, ending: Range<Int>, text: SourceText, lines: [LineInfo], line: Int)
    -> ReportTitle?
  {
    let end = ending.upperBound
    // Walk back over the year and the agency: CJK characters, digits, `年`, `度`, brackets.
    var start = end
    while start > 0
      && (isTitleCharacter(view.scalars[start - 1]) || isSpaceBeforeYearCharacter(start - 1, in: view)
        || (start - 1 > ending.lowerBound && CharacterFolding.isSpace(view.scalars[start - 1])))
    {
      start -= 1
    }
    let sentenceLike = view.string(start..<end).count > 60
    if sentenceLike { return nil }
    let (year, yearRange) = yearBefore(end: end, from: start, in: view)
    var agencyText = agency(in: view, from: start, to: yearRange?.lowerBound ?? ending.lowerBound)
    var range = view.sourceRange(of: start..<end)
    if start == firstContent(of: view) && line > 0, let previous = previousLine(before: line, lines: lines),
      isAgencyLine(text, lines[previous])
    {
      // The agency on the line before (001), or a long title wrapped inside the agency's name (`…大数据发展` /
      // `管理局2023年…`: the lines are adjacent).
      let agencyRange = text.trimmingSpaces(lines[previous].range)
      let previousText = CharacterFolding.normalizeAndTrim(text[agencyRange])
      if agencyText == nil {
        agencyText = previousText
        range = agencyRange.union(range)
      } else if previous == line - 1, let wrapped = agencyText, (previousText + wrapped).count <= 40 {
        agencyText = previousText + wrapped
        range = agencyRange.union(range)
      }
    }
    var rest = CharacterFolding.normalizeAndTrim(view.string((yearRange?.lowerBound ?? start)..<end))
    if let yearRange, let year {
      // `2024 年`: the year as a number, whatever spaces the text has before its 年.
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

  private static func firstContent(of view: NormalizedText) -> Int {
    view.scalars.firstIndex { !CharacterFolding.isSpace($0) } ?? 0
  }

  private static func isTitleCharacter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x4E00...0x9FFF).contains(value) || (0x30...0x39).contains(value) || "（）()".unicodeScalars.contains(scalar)
  }

  /// A space between a year's digits and its `年` (`2024 年`), which PDF text and careless typing leave.
  private static func isSpaceBeforeYearCharacter(_ index: Int, in view: NormalizedText) -> Bool {
    guard CharacterFolding.isSpace(view.scalars[index]) else { return false }
    var after = index
    while after < view.count && CharacterFolding.isSpace(view.scalars[after]) { after += 1 }
    var before = index
    while before > 0 && CharacterFolding.isSpace(view.scalars[before - 1]) { before -= 1 }
    return after < view.count && view.scalars[after] == "年" && before > 0 && (0x30...0x39).contains(view.scalars[before - 1].value)
  }

  /// The four-digit year followed by `年` (spaces between allowed, and possibly `度`) just before the title's ending.
  private static func yearBefore(end: Int, from start: Int, in view: NormalizedText) -> (Int?, Range<Int>?) {
    var index = end - 1
    while index >= start + 4 {
      if view.scalars[index] == "年" {
        var digitsEnd = index
        while digitsEnd > start && CharacterFolding.isSpace(view.scalars[digitsEnd - 1]) { digitsEnd -= 1 }
        let digits = view.scalars[max(start, digitsEnd - 4)..<digitsEnd]
        if digits.count == 4 && digits.allSatisfy({ (0x30...0x39).contains($0.value) }) {
          let year = Int(String(String.UnicodeScalarView(digits)))
          return (year, (digitsEnd - 4)..<digitsEnd)
        }
      }
      index -= 1
    }
    return (nil, nil)
  }

  /// The agency before the year: the run of CJK characters, `nil` when empty.
  private static func agency(in view: NormalizedText, from start: Int, to end: Int) -> String? {
    var first = end
    while first > start && (0x4E00...0x9FFF).contains(view.scalars[first - 1].value) { first -= 1 }
    let agency = view.string(first..<end)
    return agency.isEmpty ? nil : agency
  }

  private static func previousLine(before line: Int, lines: [LineInfo]) -> Int? {
    (0..<line).last { !lines[$0].isBlank }
  }

  /// A short line that names a body: no sentence punctuation, no digits.
  private static func isAgencyLine(_ text: SourceText, _ line: LineInfo) -> Bool {
    let content = CharacterFolding.normalizeAndTrim(text[line.range])
    return (2...30).contains(content.count) && !content.contains { "。，,、：:；;0123456789".contains($0) }
      && !content.hasPrefix("一、")
  }
}

/// Finds statements of the covered year, citations of the format notices, and the date under the signature.
enum MentionReader {
  /// Years named by the 统计期限 sentence and by `公布XXXX年度` statements.
  static func yearMentions(_ text: SourceText, range: TextRange) -> [YearMention] {
    var result: [YearMention] = []
    let view = NormalizedText(text, range: range, mode: .display)
    let period = Array("统计期限".unicodeScalars)
    var from = 0
    while let start = view.firstIndex(of: period, from: from) {
      let limit = min(view.count, start + 60)
      result += years(in: view, range: (start + period.count)..<limit, kind: .period, stopAtSentenceEnd: true)
      from = start + period.count
    }
    let publish = Array("公布".unicodeScalars)
    from = 0
    while let start = view.firstIndex(of: publish, from: from) {
      let after = start + publish.count
      let found = years(in: view, range: after..<min(view.count, after + 6), kind: .statement, stopAtSentenceEnd: true)
      if let first = found.first, view.sourceRange(of: after..<after).start == first.range.start {
        let tail = view.string(after..<min(view.count, after + 40))
        if tail.contains("年度") && tail.contains("报告") { result.append(first) }
      }
      from = after
    }
    return result
  }

  /// Four-digit years followed by `年` in `range` of `view`.
  private static func years(in view: NormalizedText, range: Range<Int>, kind: YearMention.Kind, stopAtSentenceEnd: Bool)
    -> [YearMention]
  {
    var result: [YearMention] = []
    var index = range.lowerBound
    while index + 4 < range.upperBound {
      if stopAtSentenceEnd && "。；;".unicodeScalars.contains(view.scalars[index]) { break }
      let digits = view.scalars[index..<(index + 4)]
      let before = index > 0 ? view.scalars[index - 1] : " "
      if digits.allSatisfy({ (0x30...0x39).contains($0.value) }) && view.scalars[index + 4] == "年"
        && !(0x30...0x39).contains(before.value), let year = Int(String(String.UnicodeScalarView(digits)))
      {
        result.append(YearMention(year: year, kind: kind, range: view.sourceRange(of: index..<(index + 4))))
        index += 5
      } else {
        index += 1
      }
    }
    return result
  }

  /// Citations of the 2019 and 2021 format notices, by number (`国办公开办函〔2021〕30号`, `国办【2019】60号`) or by
  /// title, each part on its own (a title followed by the number is two citations side by side).
  static func notices(_ text: SourceText, range: TextRange) -> [NoticeCitation] {
    let view = NormalizedText(text, range: range, mode: .matching)
    let found = (noticeNumbers(in: view) + noticeTitles(in: view)).sorted { $0.range.lowerBound < $1.range.lowerBound }
    return found.map { citation in
      let range = view.sourceRange(of: citation.range)
      return NoticeCitation(
        format: citation.format, kind: citation.kind, text: CharacterFolding.normalize(text[range]), range: range
      )
    }
  }

  private typealias Found = (format: FormatID, kind: NoticeCitation.Kind, range: Range<Int>)

  private static func noticeNumbers(in view: NormalizedText) -> [Found] {
    var result: [Found] = []
    let prefix = Array("国办".unicodeScalars)
    var from = 0
    while let start = view.firstIndex(of: prefix, from: from) {
      from = start + prefix.count
      var index = from
      for word in ["公开办函", "公开办", "函"] where view.matches(Array(word.unicodeScalars), at: index) {
        index += word.unicodeScalars.count
        break
      }
      guard index < view.count, "〔(".unicodeScalars.contains(view.scalars[index]) else { continue }
      let yearText = view.string((index + 1)..<min(view.count, index + 5))
      guard let year = Int(yearText), index + 5 < view.count, "〕)".unicodeScalars.contains(view.scalars[index + 5])
      else { continue }
      var end = index + 6
      while end < view.count && (0x30...0x39).contains(view.scalars[end].value) { end += 1 }
      guard end < view.count, view.scalars[end] == "号", let serial = Int(view.string((index + 6)..<end)) else { continue }
      if let format = ReportFormats.all.first(where: { $0.notice.year == year && $0.notice.serial == serial }) {
        result.append((format.id, .number, start..<(end + 1)))
      }
    }
    return result
  }

  /// Title citations, the most specific title first so `…格式（试行）` is not also read as `…格式`.
  private static func noticeTitles(in view: NormalizedText) -> [Found] {
    var keys: [(FormatID, NoticeCitation.Kind, String)] = []
    for format in ReportFormats.all {
      keys.append((format.id, .formatTitle, format.notice.formatTitle))
      for title in [format.notice.noticeTitle] + format.notice.noticeTitleVariants {
        keys.append((format.id, .noticeTitle, title))
      }
    }
    keys.sort { $0.2.count > $1.2.count }
    var result: [Found] = []
    for (format, kind, title) in keys {
      let needle = NormalizedText.fold(title, mode: .matching)
      var from = 0
      while let start = view.firstIndex(of: needle, from: from) {
        let end = start + needle.count
        if !result.contains(where: { $0.range.overlaps(start..<end) }) { result.append((format, kind, start..<end)) }
        from = end
      }
    }
    return result
  }

  /// The last date (`2023年1月26日`) in the closing lines of the report.
  static func signatureDate(_ text: SourceText, from start: Int, end: Int) -> DateMention? {
    let view = NormalizedText(text, range: TextRange(start: start, end: end), mode: .matching)
    var last: DateMention?
    var index = 0
    while index + 8 <= view.count {
      if let (date, length) = date(in: view, at: index) {
        last = date
        index += length
      } else {
        index += 1
      }
    }
    return last
  }

  private static func date(in view: NormalizedText, at index: Int) -> (DateMention, Int)? {
    func number(_ from: Int, maxDigits: Int) -> (Int, Int)? {
      var end = from
      while end < view.count && end - from < maxDigits && (0x30...0x39).contains(view.scalars[end].value) { end += 1 }
      guard end > from, let value = Int(view.string(from..<end)) else { return nil }
      return (value, end)
    }
    if index > 0 && (0x30...0x39).contains(view.scalars[index - 1].value) { return nil }
    guard let (year, yearEnd) = number(index, maxDigits: 4), yearEnd - index == 4, yearEnd < view.count,
      view.scalars[yearEnd] == "年", let (month, monthEnd) = number(yearEnd + 1, maxDigits: 2), monthEnd < view.count,
      view.scalars[monthEnd] == "月", let (day, dayEnd) = number(monthEnd + 1, maxDigits: 2), dayEnd < view.count,
      view.scalars[dayEnd] == "日", (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    let range = view.sourceRange(of: index..<(dayEnd + 1))
    return (DateMention(year: year, month: month, day: day, range: range), dayEnd + 1 - index)
  }
}
