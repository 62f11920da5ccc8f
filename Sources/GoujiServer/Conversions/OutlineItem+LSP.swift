import GoujiAnalysis
import LanguageServerProtocol

extension OutlineItem {
  /// The item and its children as document symbols. The range is widened to cover the selection range, which the
  /// protocol requires to lie inside it.
  func lsp(in context: ConversionContext) -> DocumentSymbol {
    DocumentSymbol(
      name: name.isEmpty ? " " : name,
      detail: detail,
      kind: kind.lsp,
      range: context.range(range.union(selectionRange)),
      selectionRange: context.range(selectionRange),
      children: children.isEmpty ? nil : children.map { $0.lsp(in: context) }
    )
  }
}

extension OutlineItem.Kind {
  var lsp: SymbolKind {
    switch self {
    case .section: .namespace
    case .table: .struct
    case .subtable: .object
    case .row: .field
    }
  }
}
