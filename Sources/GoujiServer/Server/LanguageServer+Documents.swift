import GoujiRules
import GoujiText
import LanguageServerProtocol

extension LanguageServer {
  func didOpen(_ notification: DidOpenTextDocumentNotification) {
    let item = notification.textDocument
    guard item.text.utf8.count <= options.maximumTextBytes else {
      return refuseTooLong(item.uri, bytes: item.text.utf8.count)
    }
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
    if let bytes = documents[uri]?.text.count, bytes > options.maximumTextBytes {
      _ = documents.close(uri)
      forget(uri)
      return refuseTooLong(uri, bytes: bytes)
    }
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
    forget(uri)
  }

  /// What the server keeps about a document just closed: its pending publications and changes, its diagnostics
  /// (cleared), and the analyses of reports that used it as last year's report (made again).
  private func forget(_ uri: DocumentURI) {
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

  /// Tells the user that the document at `uri` (`bytes` long) is too long to be checked; the server does not keep it,
  /// so requests about it answer that it is not open.
  private func refuseTooLong(_ uri: DocumentURI, bytes: Int) {
    let message = LocalizedText(
      zh: "\(uri) 太大（\(bytes) 字节），未检查：gouji 只读不超过 \(options.maximumTextBytes) 字节的文本",
      en: "\(uri) is too large (\(bytes) bytes) and was not checked: gouji reads texts of at most "
        + "\(options.maximumTextBytes) bytes"
    )
    showMessage(.error, message.text(language))
  }

  func didSave(_ notification: DidSaveTextDocumentNotification) {
    if let path = FileURI.path(notification.textDocument.uri) { workspaceIndex.invalidate(path: path) }
  }
}
