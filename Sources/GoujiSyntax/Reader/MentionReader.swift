import GoujiFormats
import GoujiText

/// Finds statements of the covered year, citations of the format notices, and the date under the signature.
enum MentionReader {
  /// Years named by the 统计期限 sentence and by `公布XXXX年度` statements: those of the sentences and statements that
  /// start in `starts` (indices of `view`; all of them when `nil`), the sentences' first.
  /// `view` is a display view of a region, or of a part of one (``yearMentions(_:in:partLength:)``).
  static func yearMentions(in view: NormalizedText, startingIn starts: Range<Int>? = nil) -> [YearMention] {
    let starts = starts ?? 0..<view.count
    var result: [YearMention] = []
    let period = Array("统计期限".unicodeScalars)
    var from = starts.lowerBound
    while let start = view.firstIndex(of: period, from: from), start < starts.upperBound {
      let limit = min(view.count, start + 60)
      result += years(in: view, range: (start + period.count)..<limit, kind: .period, stopAtSentenceEnd: true)
      from = start + period.count
    }
    let publish = Array("公布".unicodeScalars)
    from = starts.lowerBound
    while let start = view.firstIndex(of: publish, from: from), start < starts.upperBound {
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
  /// `view` is a matching view of a region of `text`, or of a part of one (``notices(_:in:partLength:)``): then only
  /// the citations that start in `starts` (indices of `view`) are kept.
  static func notices(_ text: SourceText, in view: NormalizedText, startingIn starts: Range<Int>? = nil)
    -> [NoticeCitation]
  {
    var found = (noticeNumbers(in: view) + noticeTitles(in: view)).sorted { $0.range.lowerBound < $1.range.lowerBound }
    if let starts { found.removeAll { !starts.contains($0.range.lowerBound) } }
    return found.map { citation in
      let range = view.sourceRange(of: citation.range)
      return NoticeCitation(
        format: citation.format, kind: citation.kind, text: CharacterFolding.normalize(text[range]), range: range
      )
    }
  }

  /// Whether the matching view of the range `display` views may hold a citation ``notices(_:in:startingIn:)`` reads:
  /// its number's `国办` or a title. `false` says it holds none, and then that view need not be made.
  static func mayCiteNotices(_ display: NormalizedText) -> Bool {
    display.matchingViewHolds(anyOf: [numberPrefix] + noticeTitleKeys.value.map(\.2))
  }

  private typealias Found = (format: FormatID, kind: NoticeCitation.Kind, range: Range<Int>)

  /// What a citation by number starts with.
  private static let numberPrefix = Array("国办".unicodeScalars)

  private static func noticeNumbers(in view: NormalizedText) -> [Found] {
    var result: [Found] = []
    var from = 0
    while let start = view.firstIndex(of: numberPrefix, from: from) {
      from = start + numberPrefix.count
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
      guard end < view.count, view.scalars[end] == "号", let serial = Int(view.string((index + 6)..<end)) else {
        continue
      }
      if let format = ReportFormats.all.first(where: { $0.notice.year == year && $0.notice.serial == serial }) {
        result.append((format.id, .number, start..<(end + 1)))
      }
    }
    return result
  }

  /// Title citations, the most specific title first so `…格式（试行）` is not also read as `…格式`.
  private static func noticeTitles(in view: NormalizedText) -> [Found] {
    var result: [Found] = []
    for (format, kind, needle) in noticeTitleKeys.value {
      var from = 0
      while let start = view.firstIndex(of: needle, from: from) {
        let end = start + needle.count
        if !result.contains(where: { $0.range.overlaps(start..<end) }) { result.append((format, kind, start..<end)) }
        from = end
      }
    }
    return result
  }

  /// Every notice title of every format, folded for matching, the longest (in characters, as written) first; made
  /// once (sorting them by their character counts on every region was a third of the notice scan).
  private static let noticeTitleKeys = DerivedFromFormats {
    () -> [(FormatID, NoticeCitation.Kind, [Unicode.Scalar])] in
    var keys: [(FormatID, NoticeCitation.Kind, String)] = []
    for format in ReportFormats.all {
      keys.append((format.id, .formatTitle, format.notice.formatTitle))
      for title in [format.notice.noticeTitle] + format.notice.noticeTitleVariants {
        keys.append((format.id, .noticeTitle, title))
      }
    }
    keys.sort { $0.2.count > $1.2.count }
    return keys.map { ($0.0, $0.1, NormalizedText.fold($0.2, mode: .matching)) }
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
