import GoujiAnalysis
import LanguageServerProtocol

/// `textDocument/hover`: what `Features.hover` says about the place under the pointer.
enum HoverHandler {
  static func hover(_ request: HoverRequest, in context: RequestContext) -> Hover? {
    let offset = context.conversion.offset(request.position)
    return Features.hover(context.analysis, at: offset, language: context.language)?
      .lsp(in: context.conversion, markdown: context.client.markdownHover)
  }
}
