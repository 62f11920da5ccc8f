import GoujiSyntax
import GoujiText

/// The title of a text read from the text's first lines only, for a batch that needs each file's body and year.
extension Analyzer {
  /// The sizes, in bytes, of the prefixes tried before the whole text: most titles lie in the first few lines.
  package static let titlePrefixBytes = [4_096, 32_768]

  /// ``title(of:)-(SourceText)`` of the whole of `string`, read from a prefix of it when the prefix decides it
  /// (``ReportReader/title(ofPrefix:)``).
  ///
  /// A prefix is cut after a line feed, so its lines are the text's first lines, whole. When no prefix decides, the
  /// whole text is read (a flattened form's first line is the whole report). `prefixes` are the sizes tried (tests
  /// vary them).
  package static func title(of string: String, prefixes: [Int] = titlePrefixBytes) -> ReportTitle? {
    var string = string
    // Each prefix copied from the string's own bytes: a copy through `String.UTF8View` went a byte at a time.
    let decided = string.withUTF8 { utf8 -> ReportTitle?? in
      for size in prefixes where size < utf8.count {
        guard let lineFeed = utf8[..<size].lastIndex(of: 0x0A) else { continue }
        if let decided = ReportReader.title(ofPrefix: SourceText(bytes: Array(utf8[...lineFeed]))) { return decided }
      }
      return nil
    }
    if let decided { return decided }
    return title(of: SourceText(string))
  }
}
