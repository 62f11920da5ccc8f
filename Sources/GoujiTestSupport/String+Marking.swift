import GoujiText
import Testing

extension String {
  /// The UTF-8 range of the first occurrence of `needle` (after `after`, when given).
  package func utf8Range(of needle: String, after: String? = nil) -> TextRange? {
    var searchStart = startIndex
    if let after, let found = range(of: after) { searchStart = found.upperBound }
    guard let found = range(of: needle, range: searchStart..<endIndex) else { return nil }
    let start = utf8.distance(from: utf8.startIndex, to: found.lowerBound)
    return TextRange(start: start, end: start + utf8.distance(from: found.lowerBound, to: found.upperBound))
  }

  /// The text with `marker` inserted before the `occurrence`-th (1-based) occurrence of `needle`, for placing a marker
  /// in text a test did not write itself (a header of the builder's tables, a line of an example). Without that
  /// occurrence: the text unchanged, and a recorded issue.
  package func marking(_ needle: String, with marker: String, occurrence: Int = 1) -> String {
    var searchStart = startIndex
    for _ in 1..<occurrence {
      guard let found = range(of: needle, range: searchStart..<endIndex) else { return missing(needle) }
      searchStart = found.upperBound
    }
    guard let found = range(of: needle, range: searchStart..<endIndex) else { return missing(needle) }
    return replacingCharacters(in: found, with: marker + needle)
  }

  /// The text with the first occurrence of `needle` replaced (unchanged, and a recorded issue, without one).
  package func replacingFirst(_ needle: String, with replacement: String) -> String {
    guard let found = range(of: needle) else { return missing(needle) }
    return replacingCharacters(in: found, with: replacement)
  }

  private func missing(_ needle: String) -> String {
    Issue.record("no \(needle) in the text")
    return self
  }
}
