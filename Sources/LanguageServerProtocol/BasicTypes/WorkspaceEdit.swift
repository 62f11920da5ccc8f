/// Changes to several documents at once.
///
/// Only text edits are modelled: `documentChanges` entries that create, rename or delete files are not supported
/// and make decoding fail.
package struct WorkspaceEdit: Codable, Hashable, Sendable {
  /// Edits per document, without version checks.
  package var changes: [DocumentURI: [TextEdit]]?
  /// Edits per document version; clients that support it reject edits to a document at another version.
  package var documentChanges: [TextDocumentEdit]?

  package init(changes: [DocumentURI: [TextEdit]]? = nil, documentChanges: [TextDocumentEdit]? = nil) {
    self.changes = changes
    self.documentChanges = documentChanges
  }
}

/// Edits to one document at one version.
package struct TextDocumentEdit: Codable, Hashable, Sendable {
  package var textDocument: OptionalVersionedTextDocumentIdentifier
  package var edits: [TextEdit]

  package init(textDocument: OptionalVersionedTextDocumentIdentifier, edits: [TextEdit]) {
    self.textDocument = textDocument
    self.edits = edits
  }
}
