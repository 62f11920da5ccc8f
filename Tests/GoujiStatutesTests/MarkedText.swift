/// Test text with position markers `1️⃣ 2️⃣ …` (which never collide with CJK text): the text without the markers,
/// and the UTF-8 offset where each marker stood.
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

  /// The UTF-8 range between two markers.
  func range(_ from: String, _ to: String) -> Range<Int> {
    offsets[from]!..<offsets[to]!
  }
}
