import GoujiAnalysis
import LanguageServerProtocol

/// `textDocument/documentSymbol`: the outline (sections, tables, rows).
enum DocumentSymbolHandler {
  static func symbols(_ request: DocumentSymbolRequest, in context: RequestContext) -> [DocumentSymbol]? {
    Features.outline(context.analysis).map { $0.lsp(in: context.conversion) }
  }
}
