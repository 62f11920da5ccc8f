/// `textDocument/publishDiagnostics` (server to client): replaces all diagnostics of a document.
package struct PublishDiagnosticsNotification: LSPNotification {
  package static let method = "textDocument/publishDiagnostics"

  package var uri: DocumentURI
  /// The document version the diagnostics were computed for, so that the client can drop stale ones.
  package var version: Int?
  package var diagnostics: [Diagnostic]

  package init(uri: DocumentURI, version: Int? = nil, diagnostics: [Diagnostic]) {
    self.uri = uri
    self.version = version
    self.diagnostics = diagnostics
  }
}
