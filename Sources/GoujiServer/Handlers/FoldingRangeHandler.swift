import GoujiAnalysis
import LanguageServerProtocol

/// `textDocument/foldingRange`: the foldable sections and tables.
enum FoldingRangeHandler {
  static func ranges(_ request: FoldingRangeRequest, in context: RequestContext) -> [FoldingRange]? {
    Features.foldingRanges(context.analysis).compactMap(\.lsp)
  }
}
