import GoujiRules
import GoujiSyntax
import GoujiText

/// The documents an editor has open, over time: each one's text at its version, the edits applied to it, its
/// reading kept up to date incrementally, and its latest analysis with last year's report from a
/// ``PreviousReportLookup``. No IO, no protocol: the language server translates its messages into these calls.
///
/// Not thread-safe: one caller (the server's queue) uses it. Only a ``CancellationToken`` crosses threads.
///
/// **Invariants.** A document's `report` and `analysis`, when present, are of its current `text` (never of an
/// older version, never unfinished: a cancelled reading or analysis is dropped). What is read and analysed
/// equals a fresh analysis of the text (`AnalysisHostTests`, `ServerEquivalenceTests`).
package final class AnalysisHost {
  /// The rule configuration every analysis uses; changing it drops every analysis.
  package var configuration: RuleConfiguration {
    didSet { if configuration != oldValue { invalidateAnalyses() } }
  }
  private var documents: [DocumentID: HostedDocument] = [:]
  /// What the host has done so far (for tests and logs).
  package private(set) var work = Work()

  /// Counts of what the host has done.
  package struct Work: Sendable {
    /// Analyses made and kept.
    package var analyses = 0
    /// Readings and analyses stopped early because they were cancelled.
    package var stopped = 0
    /// Fix-alls computed.
    package var fixAlls = 0
  }

  package init(configuration: RuleConfiguration = RuleConfiguration()) {
    self.configuration = configuration
  }

  package subscript(id: DocumentID) -> HostedDocument? {
    documents[id]
  }

  /// The open documents, sorted (so that every search over them is deterministic).
  package var ids: [DocumentID] {
    documents.keys.sorted()
  }

  package var isEmpty: Bool {
    documents.isEmpty
  }

  /// Opens `id` with `text`; returns whether it was open already (its new text replaces the old).
  @discardableResult
  package func open(_ id: DocumentID, version: Int, text: SourceText) -> Bool {
    documents.updateValue(HostedDocument(id: id, version: version, text: text), forKey: id) != nil
  }

  /// Applies `changes` in order and moves the document to `version`; returns whether the document is open. The
  /// reading follows incrementally (``Report/applying(_:in:cancellation:)``); while `newerChange` is cancelled (a
  /// newer change is waiting), a change that needs a full read leaves the document to be read on next use.
  @discardableResult
  package func change(
    _ id: DocumentID, to version: Int, applying changes: [DocumentChange], in unit: PositionUnit,
    newerChange: CancellationToken = CancellationToken()
  ) -> Bool {
    guard var document = documents.removeValue(forKey: id) else { return false }
    var change = ReadingChange()
    let reading = document.report?.applying(changes, in: unit, recordingIn: &change, cancellation: newerChange)
    document.text = reading?.text ?? document.text.applying(changes, in: unit)
    document.version = version
    document.report = reading
    document.keepEarlierAnalysis(readingChanged: reading == nil ? nil : change)
    document.invalidateAnalysis()
    documents[id] = document
    return true
  }

  /// Closes `id`; returns whether it was open.
  @discardableResult
  package func close(_ id: DocumentID) -> Bool {
    documents.removeValue(forKey: id) != nil
  }

  /// Drops the analysis of `id` (not its reading), e.g. when last year's report changed.
  package func invalidateAnalysis(of id: DocumentID) {
    documents[id]?.invalidateAnalysis()
  }

  /// Drops every analysis, e.g. after the files last year's reports come from changed.
  package func invalidateAnalyses() {
    for id in documents.keys { documents[id]?.invalidateAnalysis() }
  }

  // MARK: Storing what was computed

  func store(_ report: Report, of id: DocumentID) {
    documents[id]?.report = report
  }

  func store(_ analysis: Analysis, previous: PreviousReport?, of id: DocumentID) {
    work.analyses += 1
    documents[id]?.analysis = analysis
    documents[id]?.earlier = nil
    documents[id]?.previous = previous
    documents[id]?.generation = work.analyses
  }

  func storeFixAll(_ edits: [TextEdit], of id: DocumentID) {
    work.fixAlls += 1
    documents[id]?.fixAll = edits
  }

  func storeLastYearSummary(_ summary: PreviousYear, of id: DocumentID) {
    documents[id]?.lastYearSummary = summary
  }

  func countStop() {
    work.stopped += 1
  }
}
