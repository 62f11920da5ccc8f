import Foundation

/// Reports of any size in each text form, made from example 002 and its text-form fixtures by repeating a paragraph
/// of section 一 (with a conversion leftover in it, so long reports have thousands of findings).
enum GeneratedReports {
  /// The text forms, and where each one's text of example 002 is (the example itself is cell-per-line).
  static let forms: [(name: String, path: String)] = [
    ("cell-per-line", "Examples/002_cf9a8ca2a320709f.txt"),
    ("tab-separated", "Tests/GoujiSyntaxTests/Fixtures/forms/002_cf9a8ca2a320709f.tab-separated.txt"),
    ("layout", "Tests/GoujiSyntaxTests/Fixtures/forms/002_cf9a8ca2a320709f.pdf.txt"),
    ("flattened", "Tests/GoujiSyntaxTests/Fixtures/forms/002_cf9a8ca2a320709f.flattened.txt"),
  ]

  /// A paragraph of narrative with one finding (GJ503) in it.
  static let paragraph =
    "[image: 2e5680157276]本局通过政府网站、微信公众号等渠道主动公开政府信息，及时发布工作动态，回应社会关切，"
    + "进一步提高政务工作透明度和公众参与度。"

  /// `base` grown to about `bytes` by inserting the paragraph after the heading of section 一; in flattened text the
  /// paragraphs join the heading's line, elsewhere each is a line of its own.
  static func report(_ base: String, form: String, bytes: Int) -> String {
    // Without its number (layout text writes the 一 of headings as the Kangxi radical ⼀), but after the `、` that
    // follows it: the prologue names `总体情况` first, and the paragraphs grew the prologue instead of section 一.
    guard let heading = base.range(of: "、总体情况") else { return base }
    let unit = form == "flattened" ? paragraph : paragraph + "\n"
    let count = max(0, (bytes - base.utf8.count) / unit.utf8.count)
    let insertion =
      form == "flattened"
      ? heading.upperBound
      : base[heading.upperBound...].firstIndex(of: "\n")
        .map { base.index(after: $0) } ?? heading.upperBound
    var result = base
    result.insert(contentsOf: String(repeating: unit, count: count), at: insertion)
    return result
  }

  /// The index of a character of narrative text in the middle of `text` (inside an inserted paragraph), for a
  /// typing edit.
  static func narrativeOffset(in text: String) -> Int? {
    let bytes = Array(text.utf8)
    let marker = Array("回应社会关切".utf8)
    var candidates: [Int] = []
    var index = 0
    while index + marker.count <= bytes.count {
      if bytes[index..<index + marker.count].elementsEqual(marker) { candidates.append(index) }
      index += 1
    }
    return candidates.isEmpty ? nil : candidates[candidates.count / 2]
  }

  /// Writes `count` reports (the examples and their text forms in turn) into a fresh folder.
  static func writeFolder(count: Int, from folder: String) throws -> URL {
    let sources =
      forms.map(\.path)
      + ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".txt") }.sorted().map { "\(folder)/\($0)" }
    let texts = sources.compactMap { try? Data(contentsOf: URL(fileURLWithPath: $0)) }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for index in 0..<count {
      try texts[index % texts.count].write(to: url.appendingPathComponent(String(format: "%05d.txt", index)))
    }
    return url
  }
}
