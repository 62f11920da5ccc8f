/// `textDocument/foldingRange`: the foldable regions of a document.
package struct FoldingRangeRequest: LSPRequest {
  package static let method = "textDocument/foldingRange"
  package typealias Response = [FoldingRange]?

  package var textDocument: TextDocumentIdentifier

  package init(textDocument: TextDocumentIdentifier) {
    self.textDocument = textDocument
  }
}
