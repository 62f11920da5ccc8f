import GoujiAnalysis
import LanguageServerProtocol

extension CompletionResult {
  /// The candidates as completion items. Each item's edit replaces exactly ``replaceRange`` (editors do not split
  /// CJK text into words, so the range is always given); snippets only go to clients that support them.
  func lsp(in context: ConversionContext, snippets: Bool) -> CompletionList {
    let range = context.range(replaceRange)
    return CompletionList(isIncomplete: false, items: candidates.map { $0.lsp(replacing: range, snippets: snippets) })
  }
}

extension CompletionCandidate {
  func lsp(replacing range: LSPRange, snippets: Bool) -> CompletionItem {
    let asSnippet = snippets && isSnippet
    return CompletionItem(
      label: label,
      kind: kind.lsp,
      detail: detail.isEmpty ? nil : detail,
      documentation: documentation.map(StringOrMarkupContent.string),
      sortText: sortKey,
      insertTextFormat: asSnippet ? .snippet : .plainText,
      textEdit: .edit(LSPTextEdit(range: range, newText: asSnippet ? insertText : plainInsertText))
    )
  }
}

extension CompletionKind {
  var lsp: CompletionItemKind {
    switch self {
    case .sectionHeading: .module
    case .rowLabel: .field
    case .clauseHeader: .enumMember
    case .columnHeader: .property
    case .table, .wholeRow: .snippet
    }
  }
}
