import Dispatch
import GoujiAnalysis
import GoujiSyntax
import JSONRPC
import LanguageServerProtocol

extension LanguageServer {
  /// Publishes the document's diagnostics after `delay`, replacing a publication already waiting. Nothing is
  /// published in between: the client keeps the previous list until the new one arrives, so it never flashes empty.
  func scheduleDiagnostics(for uri: DocumentURI, after delay: Duration = .zero) {
    guard !client.pullsDiagnostics, phase == .running else { return }
    guard !isAwaitingConfiguration else {
      deferredPublications.insert(uri)
      return
    }
    scheduledPublications[uri]?.cancel()
    let publication = DispatchWorkItem { [self] in
      scheduledPublications[uri] = nil
      publishDiagnostics(for: uri)
    }
    scheduledPublications[uri] = publication
    queue.asyncAfter(deadline: .now() + delay.dispatchInterval, execute: publication)
  }

  /// Publishes the diagnostics of the document's current version. An analysis stopped by a newer change publishes
  /// nothing: the change schedules the next publication.
  func publishDiagnostics(for uri: DocumentURI) {
    guard phase == .running, let context = try? context(for: uri) else { return }
    // Last year's report is being looked for on disk: the end of the lookup publishes.
    guard !awaitsWorkspaceLookup(uri) else { return }
    let diagnostics = context.analysis.diagnostics.lsp(in: context.conversion)
    connection?.send(
      PublishDiagnosticsNotification(uri: uri, version: context.conversion.version, diagnostics: diagnostics)
    )
  }

  /// The context for a request about `uri`, analysing the document if needed. An analysis the client cancelled
  /// answers `RequestCancelled`; one a newer change of the document stopped answers `ContentModified`.
  func context(for uri: DocumentURI) throws(ResponseError) -> RequestContext {
    let analysis: Analysis?
    do {
      analysis = try documents.analysis(of: uri, lookup: self, cancellation: cancellation(for: uri))
    } catch {
      throw currentRequest?.isCancelled == true ? .requestCancelled : .contentModified
    }
    guard let analysis, let document = documents[uri] else {
      throw .invalidParams("the document is not open: \(uri)")
    }
    let conversion = ConversionContext(
      uri: uri, version: document.version, text: analysis.text, unit: client.unit, language: language,
      diagnosticFields: client.diagnosticFields, listedDiagnosticsLimit: options.listedDiagnosticsLimit
    )
    let host = documents
    return RequestContext(
      analysis: analysis, conversion: conversion, client: client, analysisGeneration: document.generation,
      safeFixEdits: { host.safeFixEdits(of: uri) ?? [] }
    )
  }

  /// What stops work on `uri`: the client cancelling the request being processed, or a newer change of `uri`. Its
  /// checks pass the options' ``AnalysisGate``, if a test set one.
  func cancellation(for uri: DocumentURI) -> CancellationToken {
    let others = [queuedChanges.newerChange(of: uri)] + (currentRequest.map { [$0] } ?? [])
    guard let gate = options.analysisGate else { return CancellationToken(cancelledWith: others) }
    return CancellationToken(cancelledWith: others, checkpoint: { gate.pass() })
  }

  /// What the reader understood of the document's current text, read if needed (`nil` when the work on the
  /// document being analysed was cancelled meanwhile). A new reading may change which report is last year's for
  /// other documents: theirs are analysed again (``documentWasRead(_:as:)``).
  func reading(of uri: DocumentURI) -> Report? {
    try? documents.reading(of: uri, lookup: self, cancellation: currentRequest ?? CancellationToken())
  }
}
