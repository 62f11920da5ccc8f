import GoujiAnalysis
import LanguageServerProtocol

extension HoverContent {
  /// The hover as Markdown for clients that render it, as plain text for the others.
  func lsp(in context: ConversionContext, markdown: Bool) -> Hover {
    let contents =
      markdown
      ? MarkupContent(kind: .markdown, value: self.markdown)
      : MarkupContent(kind: .plaintext, value: plainText)
    return Hover(contents: contents, range: context.range(range))
  }
}
