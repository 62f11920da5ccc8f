/// `textDocument/semanticTokens/full`: highlighting for a whole document.
package struct SemanticTokensFullRequest: LSPRequest {
  package static let method = "textDocument/semanticTokens/full"
  package typealias Response = SemanticTokens?

  package var textDocument: TextDocumentIdentifier

  package init(textDocument: TextDocumentIdentifier) {
    self.textDocument = textDocument
  }
}

/// `textDocument/semanticTokens/range`: highlighting for the visible part of a document.
package struct SemanticTokensRangeRequest: LSPRequest {
  package static let method = "textDocument/semanticTokens/range"
  package typealias Response = SemanticTokens?

  package var textDocument: TextDocumentIdentifier
  package var range: LSPRange

  package init(textDocument: TextDocumentIdentifier, range: LSPRange) {
    self.textDocument = textDocument
    self.range = range
  }
}
