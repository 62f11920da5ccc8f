/// Test text with position markers: `1️⃣` … `9️⃣`, `🔟` where something starts, `⏹` where the most recently opened
/// marker's range ends. The markers are removed; their places are UTF-8 offsets into the text without them.
///
/// Markers never collide with report text: they are emoji, not CJK characters, digits or full-width punctuation.
struct MarkedText {
  static let startMarkers = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]
  static let endMarkers = ["⏹", "⏹️"]

  /// The text with every marker removed.
  let text: String
  /// The UTF-8 offset of each start marker.
  let starts: [String: Int]
  /// The UTF-8 offset of the `⏹` that closes a start marker, for markers that have one.
  let ends: [String: Int]

  init(_ marked: String) {
    var text = ""
    var offset = 0
    var starts: [String: Int] = [:]
    var ends: [String: Int] = [:]
    var open: [String] = []
    for character in marked {
      let string = String(character)
      if MarkedText.startMarkers.contains(string) {
        precondition(starts[string] == nil, "marker \(string) used twice")
        starts[string] = offset
        open.append(string)
      } else if MarkedText.endMarkers.contains(string) {
        guard let marker = open.popLast() else { preconditionFailure("⏹ without an open marker") }
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

  /// The offset of `marker`; fails the precondition when the text has no such marker.
  func offset(_ marker: String) -> Int {
    guard let offset = starts[marker] else { preconditionFailure("no marker \(marker) in the text") }
    return offset
  }
}

extension String {
  /// The text with `marker` inserted before the `occurrence`-th (1-based) occurrence of `needle`, for placing a marker
  /// in text a test did not write itself (a header of the builder's tables, a line of an example).
  func marking(_ needle: String, with marker: String, occurrence: Int = 1) -> String {
    var searchStart = startIndex
    for _ in 1..<occurrence {
      guard let found = range(of: needle, range: searchStart..<endIndex) else { preconditionFailure("no \(needle)") }
      searchStart = found.upperBound
    }
    guard let found = range(of: needle, range: searchStart..<endIndex) else { preconditionFailure("no \(needle)") }
    return replacingCharacters(in: found, with: marker + needle)
  }

  /// The text with the first occurrence of `needle` replaced.
  func replacingFirst(_ needle: String, with replacement: String) -> String {
    guard let found = range(of: needle) else { preconditionFailure("no \(needle)") }
    return replacingCharacters(in: found, with: replacement)
  }
}
