import GoujiJSON

/// The result of `textDocument/hover`.
package struct Hover: Codable, Hashable, Sendable {
  package var contents: MarkupContent
  /// The range the hover applies to, highlighted by some clients.
  package var range: LSPRange?

  package init(contents: MarkupContent, range: LSPRange? = nil) {
    self.contents = contents
    self.range = range
  }

  private enum CodingKeys: String, CodingKey {
    case contents, range
  }

  /// Also reads the deprecated `MarkedString` forms (a string, `{language, value}`, or an array of them) as
  /// Markdown, so that a hover from an older peer still decodes.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    range = try container.decodeIfPresent(LSPRange.self, forKey: .range)
    if let markup = try? container.decode(MarkupContent.self, forKey: .contents) {
      contents = markup
    } else {
      let raw = try container.decode(JSONValue.self, forKey: .contents)
      contents = MarkupContent(kind: .markdown, value: Self.markdown(fromMarkedString: raw))
    }
  }

  private static func markdown(fromMarkedString value: JSONValue) -> String {
    if let string = value.stringValue { return string }
    if let parts = value.arrayValue { return parts.map(markdown(fromMarkedString:)).joined(separator: "\n\n") }
    let language = value["language"]?.stringValue ?? ""
    return "```\(language)\n\(value["value"]?.stringValue ?? "")\n```"
  }
}
