import GoujiSyntax
import GoujiText

/// The title of a text read from the text's first lines only, for a batch that needs each file's body and year.
extension Analyzer {
  /// The sizes, in bytes, of the prefixes tried before the whole text: most titles lie in the first few lines.
  package static let titlePrefixBytes = [4_096, 32_768]
  /// How many non-blank lines from the text's start the reader looks for the title in (`TitleReader`'s 30; the
  /// built texts of `TitlePrefixTests`, a title on the 30th non-blank line and one on the 31st, fail if they differ).
  static let titleLinesLookedAt = 30

  /// ``title(of:)-(SourceText)`` of the whole of `string`, read from a prefix of it when the prefix decides it.
  ///
  /// A prefix is cut after a line feed, so its lines are the text's first lines, whole, followed by an empty line.
  /// The reader looks for the title in the first 30 non-blank lines in order and decides at each from that line, the
  /// next one (a wrapped title) and the lines before it. So a title found in the prefix is the text's title, and a
  /// prefix with 30 non-blank lines and no title means the text has none; otherwise the next prefix is tried, then the
  /// whole text (a flattened form's first line is the whole report). `prefixes` are the sizes tried (tests vary them).
  package static func title(of string: String, prefixes: [Int] = titlePrefixBytes) -> ReportTitle? {
    let utf8 = string.utf8
    for size in prefixes where size < utf8.count {
      guard let lineFeed = utf8.prefix(size).lastIndex(of: 0x0A) else { continue }
      let prefix = SourceText(bytes: Array(utf8[...lineFeed]))
      if let title = title(of: prefix) { return title }
      if hasNonBlankLines(titleLinesLookedAt, prefix) { return nil }
    }
    return title(of: SourceText(string))
  }

  /// Whether `text` has at least `count` lines that are not all white space.
  private static func hasNonBlankLines(_ count: Int, _ text: SourceText) -> Bool {
    var found = 0
    for line in 0..<text.lineCount where !text.trimmingSpaces(text.lineContentRange(line)).isEmpty {
      found += 1
      if found == count { return true }
    }
    return false
  }
}
