import GoujiText
import LanguageServerProtocol

extension LanguageServer {
  func didOpen(_ notification: DidOpenTextDocumentNotification) {
    let item = notification.textDocument
    if documents.open(item.uri, version: item.version, text: SourceText(item.text)) {
      log(.warning, "\(item.uri) was opened again; its new text replaces the old")
    }
    scheduleDiagnostics(for: item.uri)
  }

  /// Applies the changes in order, in the negotiated unit. A version that does not increase is logged, and the
  /// changes are applied all the same: the client's text is the truth.
  func didChange(_ notification: DidChangeTextDocumentNotification) {
    let uri = notification.textDocument.uri
    let version = notification.textDocument.version
    guard let document = documents[uri] else {
      log(.warning, "ignored changes to \(uri), which is not open")
      return
    }
    if version <= document.version {
      log(.warning, "the version of \(uri) went from \(document.version) to \(version)")
    }
    let changes = notification.contentChanges.map(\.documentChange)
    let newerChange = queuedChanges.newerChange(of: uri)
    documents.change(uri, to: version, applying: changes, in: client.unit, newerChange: newerChange)
    // The reading followed the edits (or waits for a read on demand): the next year's analyses that used it are old.
    invalidateDependents(of: uri, newReading: documents[uri]?.report, after: options.diagnosticsDelay)
    scheduleDiagnostics(for: uri, after: options.diagnosticsDelay)
  }

  /// Forgets the document and clears its diagnostics; reports that used it as last year's report are analysed
  /// again (with the file on disk, if any).
  func didClose(_ notification: DidCloseTextDocumentNotification) {
    let uri = notification.textDocument.uri
    guard documents.close(uri) else {
      log(.warning, "ignored closing \(uri), which is not open")
      return
    }
    scheduledPublications.removeValue(forKey: uri)?.cancel()
    queuedChanges.forget(uri)
    deferredPublications.remove(uri)
    if !client.pullsDiagnostics {
      connection?.send(PublishDiagnosticsNotification(uri: uri, version: nil, diagnostics: []))
    }
    for other in documents.ids where documents[other]?.previousSource == uri {
      documents.invalidateAnalysis(of: other)
      scheduleDiagnostics(for: other)
    }
  }

  func didSave(_ notification: DidSaveTextDocumentNotification) {
    if let path = FileURI.path(notification.textDocument.uri) { workspaceIndex.invalidate(path: path) }
  }
}
