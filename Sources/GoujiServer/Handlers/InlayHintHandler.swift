import GoujiAnalysis
import LanguageServerProtocol

/// `textDocument/inlayHint`: `Features.inlineHints` in the visible range.
enum InlayHintHandler {
  static func hints(_ request: InlayHintRequest, in context: RequestContext) -> [InlayHint]? {
    let range = context.conversion.textRange(request.range)
    return Features.inlineHints(context.analysis, in: range).map { $0.lsp(in: context.conversion) }
  }
}
