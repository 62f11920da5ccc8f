import GoujiRules
import GoujiSyntax
import GoujiText

/// One document of an ``AnalysisHost``: the text at its version and what was made of it, each computed on first
/// use and dropped when the text, the configuration or last year's report changes.
package struct HostedDocument: Sendable {
  package let id: DocumentID
  package internal(set) var version: Int
  package internal(set) var text: SourceText
  /// What the reader understood of `text`, kept up to date incrementally while the edits allow it.
  package internal(set) var report: Report? {
    didSet { lastYearSummary = nil }
  }
  /// What the cross-year rules of the next year's documents need of `report`, once computed for it.
  var lastYearSummary: PreviousYear?
  /// The analysis of `report` with the host's configuration and `previous`.
  package internal(set) var analysis: Analysis?
  /// Last year's report `analysis` used.
  package internal(set) var previous: PreviousReport?
  /// Changes with every new analysis of any document of the host (for the `resultId` of pulled diagnostics).
  package internal(set) var generation = 0
  /// The edit of every safe fix at once (``Analyzer/safeFixEdits(of:configuration:previous:)``), once computed for
  /// `analysis`.
  var fixAll: [TextEdit]?

  init(id: DocumentID, version: Int, text: SourceText) {
    self.id = id
    self.version = version
    self.text = text
  }

  /// Where `previous` came from.
  package var previousSource: String? { previous?.source }
  /// What `analysis` used of last year's report.
  package var previousYear: PreviousYear? { previous?.lastYear }

  /// Drops the analysis and what came with it (not the reading of the text).
  mutating func invalidateAnalysis() {
    analysis = nil
    previous = nil
    fixAll = nil
  }
}
