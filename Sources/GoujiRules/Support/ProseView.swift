import Foundation
import GoujiSyntax
import GoujiText

/// A date written in prose (`2020年7月1日`, `2020 年 12 月 31 日`; the year may be left out: `至12月31日`), in the
/// indices of a ``ProseView``.
struct ProseDate: Sendable {
  var year: Int?
  var month: Int
  var day: Int
  var range: Range<Int>
}

/// Prose read for what it states: a normalised view (characters folded, white space kept as a space) with the
/// readers of numbers, dates and sentences the prose checks share. Indices are those of the view; `sourceRange`
/// maps them back to the text.
struct ProseView {
  let view: NormalizedText
  /// The range of the text the view covers.
  let range: TextRange

  init(_ text: SourceText, range: TextRange) {
    view = NormalizedText(text, range: range, mode: .display)
    self.range = range
  }

  var count: Int { view.count }
  subscript(index: Int) -> Unicode.Scalar { view.scalars[index] }

  func sourceRange(_ range: Range<Int>) -> TextRange { view.sourceRange(of: range) }
  func string(_ range: Range<Int>) -> String { view.string(range) }

  func isDigit(_ index: Int) -> Bool { index >= 0 && index < count && (0x30...0x39).contains(self[index].value) }

  /// The first index at or after `index` that is not a space or TAB (line breaks are not skipped).
  func skippingSpaces(_ index: Int, limit: Int? = nil) -> Int {
    var index = index
    while index < (limit ?? count) && (self[index] == " " || self[index] == "\t") { index += 1 }
    return index
  }

  /// The whole number whose digits start at `index` (not inside a longer digit run or a decimal), and where its
  /// digits end.
  func integer(at index: Int, maxDigits: Int = 9) -> (value: Int, end: Int)? {
    guard isDigit(index), !isDigit(index - 1), !isFraction(at: index) else { return nil }
    var end = index
    while isDigit(end) { end += 1 }
    guard end - index <= maxDigits, end >= count || self[end] != "." || !isDigit(end + 1) else { return nil }
    return Int(string(index..<end)).map { ($0, end) }
  }

  /// Whether the digits at `index` follow a decimal point (`150.50`'s `50`).
  func isFraction(at index: Int) -> Bool { index >= 2 && self[index - 1] == "." && isDigit(index - 2) }

  /// The number whose digits start at `index`, decimals included (`150.50`), as written, and where it ends.
  func decimal(at index: Int) -> (text: String, end: Int)? {
    guard isDigit(index), !isDigit(index - 1), !isFraction(at: index) else { return nil }
    var end = index
    while isDigit(end) { end += 1 }
    if end < count, self[end] == ".", isDigit(end + 1) {
      end += 1
      while isDigit(end) { end += 1 }
    }
    return (string(index..<end), end)
  }

  /// The date starting at `index`: `YYYY年M月D日`, or `M月D日` when `yearOptional`; spaces around the numbers allowed.
  func date(at index: Int, yearOptional: Bool = false) -> ProseDate? {
    var cursor = index
    var year: Int?
    if let (value, end) = integer(at: cursor, maxDigits: 4), end - cursor == 4 {
      let mark = skippingSpaces(end)
      guard mark < count, self[mark] == "年" else { return nil }
      year = value
      cursor = skippingSpaces(mark + 1)
    } else if !yearOptional {
      return nil
    }
    guard let (month, monthEnd) = integer(at: cursor, maxDigits: 2) else { return nil }
    let monthMark = skippingSpaces(monthEnd)
    guard monthMark < count, self[monthMark] == "月" else { return nil }
    let dayStart = skippingSpaces(monthMark + 1)
    guard let (day, dayEnd) = integer(at: dayStart, maxDigits: 2) else { return nil }
    let dayMark = skippingSpaces(dayEnd)
    guard dayMark < count, self[dayMark] == "日", (1...12).contains(month), (1...31).contains(day) else { return nil }
    return ProseDate(year: year, month: month, day: day, range: index..<(dayMark + 1))
  }

  /// Whether a character ends a sentence: `。；！？` and line breaks (a line break ends a paragraph in every text form
  /// but PDF text, where reading a wrapped sentence as two only makes the checks say less).
  static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", ";", "!", "?", "\n", "\r": true
    default: false
    }
  }

  /// The sentences of the view, without their closing punctuation, empty ones left out.
  func sentences() -> [Range<Int>] {
    pieces { ProseView.endsSentence($0) }
  }

  /// The lines (paragraphs) of the view.
  func lines() -> [Range<Int>] {
    pieces { $0 == "\n" || $0 == "\r" }
  }

  /// The non-empty ranges between characters that `isEnd`.
  private func pieces(separatedBy isEnd: (Unicode.Scalar) -> Bool) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for index in 0..<count where isEnd(self[index]) {
      if index > start { result.append(start..<index) }
      start = index + 1
    }
    if count > start { result.append(start..<count) }
    return result
  }
}

extension RuleContext {
  /// A ``ProseView`` of each of ``proseRanges``, made once per context.
  var proseViews: [ProseView] {
    proseViewCache.value { proseRanges.map { ProseView(text, range: $0) } }
  }

  /// The prose of the report: every section's body with its table cut out, in text order; made once per context
  /// (read again for every block of lines, ``proseRanges(inBlock:)``).
  var proseRanges: [TextRange] {
    proseRangeCache.value { Self.proseRanges(of: report) }
  }

  /// ``proseRanges`` made afresh: a body that holds no table, as most do, is taken whole without an array of its own.
  private static func proseRanges(of report: Report) -> [TextRange] {
    let tables = report.readTables.map(\.range) + unreadTables(report)
    var result: [TextRange] = []
    result.reserveCapacity(report.sections.count + tables.count)
    for index in report.sections.indices {
      let body = report.sections[index].bodyRange
      if tables.contains(where: { body.overlaps($0) }) {
        result += Self.pieces(of: body, without: tables)
      } else {
        result.append(body)
      }
    }
    return result
  }

  /// The grids of the tables left unread because pandoc's grid cuts their lines: no prose either.
  private static func unreadTables(_ report: Report) -> [TextRange] {
    report.problems.compactMap { problem in
      if case .tableUnreadable = problem.kind { problem.range } else { nil }
    }
  }

  /// A section's body cut around each table it overlaps, in text order, without the empty pieces of the cuts.
  private static func pieces(of body: TextRange, without tables: [TextRange]) -> [TextRange] {
    var pieces = [body]
    for table in tables where body.overlaps(table) {
      pieces = pieces.flatMap { piece -> [TextRange] in
        guard piece.overlaps(table) else { return [piece] }
        return [
          TextRange(start: piece.start, end: max(piece.start, table.start)),
          TextRange(start: min(piece.end, table.end), end: piece.end),
        ].filter { $0.length > 0 }
      }
    }
    return pieces
  }
}
