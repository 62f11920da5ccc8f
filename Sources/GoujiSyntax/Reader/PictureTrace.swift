import GoujiText

/// The trace a picture leaves in a converted report, where a table published as a picture stands: the form keeps the
/// picture's place but none of its text (`inv-2023-images`). markdownify and html2text write `![](…png)`, lynx
/// `[W02024….png]`, w3m the picture's name cut short (`[W020240120]`), pandoc `[]` for an `<img>` without alt text
/// and `[image: …]` for a Word document's. pdftotext, the Word route, BeautifulSoup, inscriptis and the flattened
/// scrapes keep nothing, so there a picture cannot be told from a missing table.
enum PictureTrace {
  /// The first line of `region` that holds only a picture's trace, trimmed; nil when there is none.
  static func first(in text: SourceText, region: TextRange) -> TextRange? {
    guard !region.isEmpty else { return nil }
    for line in text.line(containing: region.start)...text.line(containing: region.end - 1) {
      let content = text.trimmingSpaces(text.lineContentRange(line))
      guard content.start >= region.start, content.end <= region.end, content.length <= maxLength else { continue }
      if isTrace(text[content]) { return content }
    }
    return nil
  }

  /// The longest line looked at: a picture's trace is a name or a path, never a paragraph.
  private static let maxLength = 400

  /// The picture files' extensions, lower-cased.
  private static let extensions = [".png", ".jpg", ".jpeg", ".gif", ".bmp"]

  /// Whether `line` is a picture's trace and nothing else.
  static func isTrace(_ line: String) -> Bool {
    if line == "[]" || line == "[IMG]" { return true }
    if line.hasPrefix("!["), line.hasSuffix(")"), line.contains("](") { return true }
    guard line.hasPrefix("["), line.hasSuffix("]"), !line.dropFirst().dropLast().contains("[") else { return false }
    let inside = line.dropFirst().dropLast()
    if inside.hasPrefix("image:") { return true }
    guard inside.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { return false }
    let lowered = inside.lowercased()
    return extensions.contains { lowered.hasSuffix($0) } || isPictureName(inside)
  }

  /// A name as the publishing systems of government portals give pictures (`W020240120…`: `W0` and digits), which
  /// w3m cuts short and writes without its extension.
  private static func isPictureName(_ name: Substring) -> Bool {
    name.hasPrefix("W0") && name.count >= 8 && name.dropFirst(2).allSatisfy(\.isNumber)
  }
}
