import GoujiRules
import GoujiText
import LanguageServerProtocol

extension ReportEdit {
  func lsp(in context: ConversionContext) -> LSPTextEdit {
    LSPTextEdit(range: context.range(range), newText: newText)
  }
}

extension [ReportEdit] {
  /// The edits as a workspace edit on the document: versioned `documentChanges` when the client supports them (so
  /// that it refuses the edit if the document changed since), plain `changes` otherwise. The order is kept: it is
  /// the order of insertions at one place.
  func workspaceEdit(in context: ConversionContext, documentChanges: Bool) -> WorkspaceEdit {
    let edits = map { $0.lsp(in: context) }
    guard documentChanges else { return WorkspaceEdit(changes: [context.uri: edits]) }
    let document = OptionalVersionedTextDocumentIdentifier(uri: context.uri, version: context.version)
    return WorkspaceEdit(documentChanges: [TextDocumentEdit(textDocument: document, edits: edits)])
  }
}
