import GoujiAnalysis
import LanguageServerProtocol

/// `textDocument/semanticTokens/full` and `/range`: `Features.semanticSpans`, packed in the negotiated unit.
enum SemanticTokensHandler {
  static func full(_ request: SemanticTokensFullRequest, in context: RequestContext) -> SemanticTokens? {
    SemanticTokens(data: Features.semanticSpans(context.analysis).encodedTokens(in: context.conversion))
  }

  static func range(_ request: SemanticTokensRangeRequest, in context: RequestContext) -> SemanticTokens? {
    let limit = context.conversion.textRange(request.range)
    let spans = Features.semanticSpans(context.analysis)
    return SemanticTokens(data: spans.encodedTokens(in: context.conversion, limit: limit))
  }
}
