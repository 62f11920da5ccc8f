import GoujiSyntax
import GoujiText

/// The date a report was put online, from a `发布日期：2023-01-20` or `发布时间：2023年1月20日 10:00` line that web
/// copies keep above the report.
package enum PublicationDate {
  /// The first such date in the text, or `nil`.
  package static func find(in text: SourceText) -> DateMention? {
    for line in 0..<text.lineCount {
      let range = text.lineContentRange(line)
      // Looked for in the bytes: a line can be megabytes long, and comparing it as characters is slow.
      guard containsMarker(text.bytes[range.start..<range.end]) else { continue }
      if let date = date(in: text[range], lineStart: range.start) { return date }
    }
    return nil
  }

  /// The UTF-8 bytes of the words before a publication date.
  private static let markers = ["发布日期", "发布时间"].map { Array($0.utf8) }

  /// Whether `bytes` hold one of the ``markers``.
  private static func containsMarker(_ bytes: ArraySlice<UInt8>) -> Bool {
    var index = bytes.startIndex
    while let start = bytes[index...].firstIndex(where: { byte in markers.contains { $0[0] == byte } }) {
      if markers.contains(where: { bytes[start...].starts(with: $0) }) { return true }
      index = start + 1
    }
    return false
  }

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
