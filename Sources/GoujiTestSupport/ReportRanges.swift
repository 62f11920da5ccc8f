import GoujiSyntax
import GoujiText

extension Report {
  /// Every range the report holds, in the order of ``Report/walk(_:)`` (the one traversal of a report's ranges),
  /// for checking that all of them lie inside the text.
  package var allRanges: [TextRange] {
    var ranges: [TextRange] = []
    var walked = self
    walked.walk { _, _, found in ranges += found }
    return ranges
  }
}
