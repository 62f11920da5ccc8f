/// A small document model for hover texts, rendered once as Markdown and once as plain text, so both always say
/// the same thing.
struct RichText: Sendable {
  /// A run of text inside a paragraph.
  enum Inline: Sendable {
    case text(String)
    case bold(String)
    case code(String)
    case link(String, url: String)
  }

  /// A block of the document.
  enum Block: Sendable {
    case heading(String)
    case paragraph([Inline])
    case bullets([[Inline]])
    /// Text that is already Markdown (from GoujiStatutes), with its plain-text equivalent.
    case prepared(markdown: String, plain: String)
  }

  var blocks: [Block] = []

  mutating func heading(_ text: String) { blocks.append(.heading(text)) }
  mutating func paragraph(_ inlines: Inline...) { blocks.append(.paragraph(inlines)) }
  mutating func paragraph(_ inlines: [Inline]) { blocks.append(.paragraph(inlines)) }
  mutating func bullets(_ items: [[Inline]]) { if !items.isEmpty { blocks.append(.bullets(items)) } }
  mutating func prepared(markdown: String, plain: String) { blocks.append(.prepared(markdown: markdown, plain: plain)) }

  var markdown: String {
    blocks.map { block in
      switch block {
      case .heading(let text): "### " + RichText.escape(text)
      case .paragraph(let inlines): RichText.markdown(inlines)
      case .bullets(let items): items.map { "- " + RichText.markdown($0) }.joined(separator: "\n")
      case .prepared(let markdown, _): markdown
      }
    }.joined(separator: "\n\n")
  }

  var plainText: String {
    blocks.map { block in
      switch block {
      case .heading(let text): text
      case .paragraph(let inlines): RichText.plain(inlines)
      case .bullets(let items): items.map { "• " + RichText.plain($0) }.joined(separator: "\n")
      case .prepared(_, let plain): plain
      }
    }.joined(separator: "\n")
  }

  private static func markdown(_ inlines: [Inline]) -> String {
    inlines.map { inline in
      switch inline {
      case .text(let text): escape(text)
      case .bold(let text): "**" + escape(text) + "**"
      case .code(let text): "`" + text.replacingOccurrences(of: "`", with: "'") + "`"
      case .link(let text, let url): "[" + escape(text) + "](" + url + ")"
      }
    }.joined()
  }

  private static func plain(_ inlines: [Inline]) -> String {
    inlines.map { inline in
      switch inline {
      case .text(let text), .bold(let text), .code(let text): text
      case .link(let text, let url): "\(text): \(url)"
      }
    }.joined()
  }

  /// Escapes the characters Markdown would read as markup.
  static func escape(_ text: String) -> String {
    text.escaping("\\`*_[]<>#|")
  }
}
