/// `textDocument/didOpen`: the client now owns the document's content; the server must use this text, not the disk.
package struct DidOpenTextDocumentNotification: LSPNotification {
  package static let method = "textDocument/didOpen"

  package var textDocument: TextDocumentItem

  package init(textDocument: TextDocumentItem) {
    self.textDocument = textDocument
  }
}

/// `textDocument/didChange`: the document changed; the changes apply one after another.
package struct DidChangeTextDocumentNotification: LSPNotification {
  package static let method = "textDocument/didChange"

  /// The document and its version after all the changes.
  package var textDocument: VersionedTextDocumentIdentifier
  package var contentChanges: [TextDocumentContentChangeEvent]

  package init(textDocument: VersionedTextDocumentIdentifier, contentChanges: [TextDocumentContentChangeEvent]) {
    self.textDocument = textDocument
    self.contentChanges = contentChanges
  }
}

/// `textDocument/didClose`: the client no longer owns the document; the disk is the truth again.
package struct DidCloseTextDocumentNotification: LSPNotification {
  package static let method = "textDocument/didClose"

  package var textDocument: TextDocumentIdentifier

  package init(textDocument: TextDocumentIdentifier) {
    self.textDocument = textDocument
  }
}

/// `textDocument/didSave`: the document was saved; `text` is present if the server asked for it.
package struct DidSaveTextDocumentNotification: LSPNotification {
  package static let method = "textDocument/didSave"

  package var textDocument: TextDocumentIdentifier
  package var text: String?

  package init(textDocument: TextDocumentIdentifier, text: String? = nil) {
    self.textDocument = textDocument
    self.text = text
  }
}
