import GoujiText
import Testing

/// Test text with position markers `1️⃣ 2️⃣ …` (emoji never occur in reports): the text without the markers and the
/// UTF-8 offset where each marker stood.
struct MarkedText {
  let text: String
  let offsets: [String: Int]

  static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  init(_ marked: String) {
    var text = ""
    var offsets: [String: Int] = [:]
    var rest = Substring(marked)
    while !rest.isEmpty {
      if let marker = Self.markers.first(where: { rest.hasPrefix($0) }) {
        offsets[marker] = text.utf8.count
        rest = rest.dropFirst(marker.count)
      } else {
        text.append(rest.removeFirst())
      }
    }
    self.text = text
    self.offsets = offsets
  }

  /// The offset of `marker` (0, and a recorded issue, when the text has no such marker).
  subscript(_ marker: String) -> Int {
    guard let offset = offsets[marker] else {
      Issue.record("no marker \(marker) in the text")
      return 0
    }
    return offset
  }

  /// The UTF-8 range between two markers.
  func range(_ from: String, _ to: String) -> TextRange {
    TextRange(start: self[from], end: max(self[from], self[to]))
  }
}

extension String {
  /// The UTF-8 range of the first occurrence of `needle` (after `after`, when given).
  func utf8Range(of needle: String, after: String? = nil) -> TextRange? {
    var searchStart = startIndex
    if let after, let found = range(of: after) { searchStart = found.upperBound }
    guard let found = range(of: needle, range: searchStart..<endIndex) else { return nil }
    let start = utf8.distance(from: utf8.startIndex, to: found.lowerBound)
    return TextRange(start: start, end: start + utf8.distance(from: found.lowerBound, to: found.upperBound))
  }
}
