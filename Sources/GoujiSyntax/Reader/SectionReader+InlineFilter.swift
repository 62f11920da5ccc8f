import GoujiFormats
import GoujiText

extension SectionReader {
  /// Whether the text before `end` may hold an inline heading of the sections `numbers`: whether a normalised view
  /// of it holds a title, variant or keyword of one of them, every inline heading holding one. The text is viewed a
  /// few lines at a time, so a text without any (50 MB of `一、x` lines) never holds a view of the whole text (9
  /// bytes a character, while the reader's candidates live). A key holds no white space and the text is cut at
  /// line starts, so no key spans two views; the search stops at the first view that holds one.
  static func mayHoldInlineHeading(_ text: SourceText, lines: LineInfos, numbers: [Int], end: Int) -> Bool {
    let keys = ReportSections.all.filter { numbers.contains($0.number) }
      .flatMap { [$0.title] + $0.variants + $0.keywords }.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
    guard keys.allSatisfy({ !$0.contains(where: \.properties.isWhitespace) }) else { return true }
    var chunkStart = 0
    for line in lines.indices.dropFirst() {
      let lineStart = min(lines[line].range.start, end)
      guard lineStart - chunkStart >= inlineFilterChunk else { continue }
      if holdsKey(text, TextRange(start: chunkStart, end: lineStart), keys: keys) { return true }
      chunkStart = lineStart
    }
    return chunkStart < end && holdsKey(text, TextRange(start: chunkStart, end: end), keys: keys)
  }

  /// How many bytes of text (whole lines, at least one) a view of ``mayHoldInlineHeading`` covers.
  private static let inlineFilterChunk = 65_536

  private static func holdsKey(_ text: SourceText, _ range: TextRange, keys: [[Unicode.Scalar]]) -> Bool {
    let view = NormalizedText(text, range: range, mode: .display)
    return keys.contains { view.firstIndex(of: $0) != nil }
  }
}
