import GoujiSyntax
import GoujiText

/// The date a report was put online, from a `发布日期：2023-01-20` or `发布时间：2023年1月20日 10:00` line that web
/// copies keep above the report.
package enum PublicationDate {
  /// The first match of a line's publication line pattern: its date, or `nil` when what it writes is no date
  /// (`2023-13-01`), which leaves the line without one (only a line's first match is read).
  package struct LineMatch: Sendable {
    package var date: DateMention?
    /// Where the match is written.
    package var range: TextRange
  }

  /// The first such date in the text, or `nil`.
  ///
  /// Only lines holding the bytes of `发布日期` or `发布时间` are looked at: the line test is Foundation's
  /// canonical-equivalence search, and no character decomposes to any of these ideographs, so a line without those
  /// bytes never passes it (running it on every line was 45 % of an analysis).
  package static func find(in text: SourceText) -> DateMention? {
    first(of: firstMatches(in: text, lines: text.fullRange), in: text)
  }

  /// The first match on each line of `range` that has one, in the line's part in `range`, up to the first that is a
  /// date. `range` may start or end inside a line at a sentence end (``RegionalRule/readsSubLineRegions``): no match
  /// spans one, so the matches of a line's parts are those of the line.
  package static func firstMatches(in text: SourceText, lines range: TextRange) -> [LineMatch] {
    var result: [LineMatch] = []
    var from = range.start
    while from < range.end, let hit = text.firstOccurrence(of: publish, in: TextRange(start: from, end: range.end)) {
      from = hit + publish.count
      guard markers.contains(where: { text.bytes[from...].starts(with: $0) }) else { continue }
      let line = text.line(containing: hit)
      let content = text.lineContentRange(line)
      let part = TextRange(start: max(content.start, range.start), end: min(content.end, range.end))
      let string = text[part]
      if string.contains("发布日期") || string.contains("发布时间"), let match = firstMatch(in: string, start: part.start) {
        result.append(match)
        if match.date != nil { break }
      }
      from = max(from, text.lineRange(line).end)
    }
    return result
  }

  /// The date of the first line whose first match is one, from the matches of ``firstMatches(in:lines:)`` of
  /// consecutive ranges in text order (a line's later matches, in a later part of it, are not read).
  package static func first(of matches: some Sequence<LineMatch>, in text: SourceText) -> DateMention? {
    var lastLine: Int?
    for match in matches {
      let line = text.line(containing: match.range.start)
      guard line != lastLine else { continue }
      lastLine = line
      if let date = match.date { return date }
    }
    return nil
  }

  /// The UTF-8 bytes of `发布`, which both line markers start with, and of what follows it in each.
  private static let publish = Array("发布".utf8)
  private static let markers = [Array("日期".utf8), Array("时间".utf8)]

  /// The first match after `发布日期`/`发布时间` and a colon in `line` (text starting at offset `start`), and its date:
  /// `2023-01-20`, `2023/1/20`, `2023.01.20` or `2023年1月20日`.
  private static func firstMatch(in line: String, start: Int) -> LineMatch? {
    let pattern = /(发布日期|发布时间)\s*[:：]?\s*(\d{4})\s*[-\/.年]\s*(\d{1,2})\s*[-\/.月]\s*(\d{1,2})日?/
    guard let match = line.firstMatch(of: pattern) else { return nil }
    let offset = { (index: String.Index) in start + line.utf8.distance(from: line.startIndex, to: index) }
    let range = TextRange(start: offset(match.range.lowerBound), end: offset(match.range.upperBound))
    guard let year = Int(match.2), let month = Int(match.3), let day = Int(match.4), (1...12).contains(month),
      (1...31).contains(day)
    else { return LineMatch(date: nil, range: range) }
    let date = DateMention(
      year: year, month: month, day: day, range: TextRange(start: offset(match.2.startIndex), end: range.end)
    )
    return LineMatch(date: date, range: range)
  }
}
