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

  func publishDiagnostics(for uri: DocumentURI) {
    guard phase == .running, let context = try? context(for: uri) else { return }
    // Last year's report is being looked for on disk: the end of the lookup publishes.
    guard !awaitsWorkspaceLookup(uri) else { return }
    let diagnostics = context.analysis.diagnostics.lsp(in: context.conversion)
    connection?.send(
      PublishDiagnosticsNotification(uri: uri, version: context.conversion.version, diagnostics: diagnostics)
    )
  }

  /// The context for a request about `uri`, analysing the document if needed.
  func context(for uri: DocumentURI) throws(ResponseError) -> RequestContext {
    guard let analysis = analysis(of: uri), let document = documents[uri] else {
      throw .invalidParams("the document is not open: \(uri)")
    }
    let conversion = ConversionContext(
      uri: uri, version: document.version, text: analysis.text, unit: client.unit, language: language,
      diagnosticFields: client.diagnosticFields
    )
    return RequestContext(
      analysis: analysis, conversion: conversion, client: client, analysisGeneration: document.analysisGeneration,
      configuration: ruleConfiguration, previousYear: documents[uri]?.previousYear
    )
  }

  /// The document's analysis with the current configuration and last year's report, computed if needed.
  func analysis(of uri: DocumentURI) -> Analysis? {
    if let analysis = documents[uri]?.analysis { return analysis }
    guard let report = reading(of: uri) else { return nil }
    let previous = previousReport(for: report, excluding: uri)
    analysisCounter += 1
    let analysis = Analyzer.analyze(report: report, configuration: ruleConfiguration, previous: previous?.report)
    documents[uri]?.analysis = analysis
    documents[uri]?.previousSource = previous?.source
    documents[uri]?.previousYear = previous?.report
    documents[uri]?.analysisGeneration = analysisCounter
    return analysis
  }

  /// What the reader understood of the document's current text, read if needed. A new reading may change which
  /// report is last year's for other documents: theirs are analysed again.
  func reading(of uri: DocumentURI) -> Report? {
    guard let document = documents[uri] else { return nil }
    if let report = document.report { return report }
    let report = Analyzer.read(document.text)
    documents[uri]?.report = report
    invalidateDependents(of: uri, newReading: report)
    return report
  }
}
