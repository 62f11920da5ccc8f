import LanguageServerProtocol

/// A request about one document, answered from that document's analysis.
protocol DocumentRequest: LSPRequest {
  var textDocument: TextDocumentIdentifier { get }
}

extension DocumentDiagnosticRequest: DocumentRequest {}
extension HoverRequest: DocumentRequest {}
extension CompletionRequest: DocumentRequest {}
extension CodeActionRequest: DocumentRequest {}
extension DocumentSymbolRequest: DocumentRequest {}
extension FoldingRangeRequest: DocumentRequest {}
extension SemanticTokensFullRequest: DocumentRequest {}
extension SemanticTokensRangeRequest: DocumentRequest {}
extension InlayHintRequest: DocumentRequest {}
