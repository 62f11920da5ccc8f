/// `textDocument/hover`: what to show when the pointer rests on `position`.
package struct HoverRequest: LSPRequest {
  package static let method = "textDocument/hover"
  package typealias Response = Hover?

  package var textDocument: TextDocumentIdentifier
  package var position: Position

  package init(textDocument: TextDocumentIdentifier, position: Position) {
    self.textDocument = textDocument
    self.position = position
  }
}
