import GoujiAnalysis
import LanguageServerProtocol

extension FoldingRegion {
  /// The region as a folding range, or `nil` when it spans a single line (nothing to fold).
  var lsp: FoldingRange? {
    guard endLine > startLine, startLine >= 0 else { return nil }
    return FoldingRange(startLine: startLine, endLine: endLine, kind: kind.lsp)
  }
}

extension FoldingRegion.Kind {
  var lsp: FoldingRangeKind {
    switch self {
    case .region: .region
    case .comment: .comment
    }
  }
}
