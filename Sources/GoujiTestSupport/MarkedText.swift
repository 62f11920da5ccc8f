import GoujiText
import Testing

/// Test text with position markers: `0️⃣` … `9️⃣`, `🔟` where something starts, `⏹` where the most recently opened
/// marker's range ends. The markers are removed; their places are UTF-8 offsets into the text without them.
///
/// Markers never collide with report text: they are emoji, not CJK characters, digits or full-width punctuation.
/// A marker a test asks for but did not write, one written twice, or a `⏹` with nothing open is a recorded issue.
package struct MarkedText: Sendable {
  package static let startMarkers = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]
  package static let endMarkers = ["⏹", "⏹️"]

  /// The text with every marker removed.
  package let text: String
  /// The UTF-8 offset of each start marker.
  package let starts: [String: Int]
  /// The UTF-8 offset of the `⏹` that closes a start marker, for markers that have one.
  package let ends: [String: Int]

  /// The UTF-8 offset of each start marker (the same as ``starts``).
  package var offsets: [String: Int] { starts }

  package init(_ marked: String) {
    var text = ""
    var offset = 0
    var starts: [String: Int] = [:]
    var ends: [String: Int] = [:]
    var open: [String] = []
    for character in marked {
      let string = String(character)
      if MarkedText.startMarkers.contains(string) {
        if starts[string] != nil { Issue.record("marker \(string) used twice") }
        starts[string] = offset
        open.append(string)
      } else if MarkedText.endMarkers.contains(string) {
        guard let marker = open.popLast() else {
          Issue.record("⏹ without an open marker")
          continue
        }
        ends[marker] = offset
      } else {
        text.append(character)
        offset += string.utf8.count
      }
    }
    self.text = text
    self.starts = starts
    self.ends = ends
  }

  /// The offset of `marker` (0, and a recorded issue, when the text has no such marker).
  package func offset(_ marker: String) -> Int {
    guard let offset = starts[marker] else {
      Issue.record("no marker \(marker) in the text")
      return 0
    }
    return offset
  }

  /// The offset of `marker` (see ``offset(_:)``).
  package subscript(_ marker: String) -> Int { offset(marker) }

  /// The UTF-8 range between two markers.
  package func range(_ from: String, _ to: String) -> TextRange {
    TextRange(start: offset(from), end: max(offset(from), offset(to)))
  }
}
