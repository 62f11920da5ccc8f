/// `textDocument/documentSymbol`: a document's outline.
package struct DocumentSymbolRequest: LSPRequest {
  package static let method = "textDocument/documentSymbol"
  package typealias Response = [DocumentSymbol]?

  package var textDocument: TextDocumentIdentifier

  package init(textDocument: TextDocumentIdentifier) {
    self.textDocument = textDocument
  }
}
