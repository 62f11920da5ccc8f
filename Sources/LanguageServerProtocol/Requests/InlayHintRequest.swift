/// `textDocument/inlayHint`: inline hints for the visible `range` of a document.
package struct InlayHintRequest: LSPRequest {
  package static let method = "textDocument/inlayHint"
  package typealias Response = [InlayHint]?

  package var textDocument: TextDocumentIdentifier
  package var range: LSPRange

  package init(textDocument: TextDocumentIdentifier, range: LSPRange) {
    self.textDocument = textDocument
    self.range = range
  }
}
