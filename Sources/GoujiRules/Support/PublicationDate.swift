import GoujiSyntax
import GoujiText

/// The date a report was put online, from a `发布日期：2023-01-20` or `发布时间：2023年1月20日 10:00` line that web
/// copies keep above the report.
package enum PublicationDate {
  /// The first such date in the text, or `nil`.
  ///
  /// Only lines holding the bytes of `发布日期` or `发布时间` are looked at: the line test is Foundation's
  /// canonical-equivalence search, and no character decomposes to any of these ideographs, so a line without those
  /// bytes never passes it (running it on every line was 45 % of an analysis).
  package static func find(in text: SourceText) -> DateMention? {
    find(in: text, lines: text.fullRange)
  }

  /// The first such date on the lines of `lines` (whole lines: a line is read to its end).
  package static func find(in text: SourceText, lines: TextRange) -> DateMention? {
    var from = lines.start
    while let hit = text.firstOccurrence(of: publish, in: TextRange(start: from, end: lines.end)) {
      from = hit + publish.count
      guard markers.contains(where: { text.bytes[from...].starts(with: $0) }) else { continue }
      let line = text.line(containing: hit)
      let range = text.lineContentRange(line)
      let content = text[range]
      if content.contains("发布日期") || content.contains("发布时间"), let date = date(in: content, lineStart: range.start) {
        return date
      }
      from = max(from, text.lineRange(line).end)
    }
    return nil
  }

  /// The UTF-8 bytes of `发布`, which both line markers start with, and of what follows it in each.
  private static let publish = Array("发布".utf8)
  private static let markers = [Array("日期".utf8), Array("时间".utf8)]

  /// The date after `发布日期`/`发布时间` and a colon on one line: `2023-01-20`, `2023/1/20`, `2023.01.20` or
  /// `2023年1月20日`.
  private static func date(in line: String, lineStart: Int) -> DateMention? {
    let pattern = /(发布日期|发布时间)\s*[:：]?\s*(\d{4})\s*[-\/.年]\s*(\d{1,2})\s*[-\/.月]\s*(\d{1,2})日?/
    guard let match = line.firstMatch(of: pattern), let year = Int(match.2), let month = Int(match.3),
      let day = Int(match.4), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    let start = lineStart + line.utf8.distance(from: line.startIndex, to: match.2.startIndex)
    let end = lineStart + line.utf8.distance(from: line.startIndex, to: match.range.upperBound)
    return DateMention(year: year, month: month, day: day, range: TextRange(start: start, end: end))
  }
}
