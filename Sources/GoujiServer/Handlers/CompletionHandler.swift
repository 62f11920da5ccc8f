import GoujiAnalysis
import LanguageServerProtocol

/// `textDocument/completion`: `Features.completions` at the cursor.
enum CompletionHandler {
  static func completion(_ request: CompletionRequest, in context: RequestContext) -> CompletionList? {
    let offset = context.conversion.offset(request.position)
    return Features.completions(context.analysis, at: offset, language: context.language)
      .lsp(in: context.conversion, snippets: context.client.snippets)
  }
}
