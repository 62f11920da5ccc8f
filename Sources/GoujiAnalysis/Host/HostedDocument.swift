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
  /// The latest analysis, of an earlier text, and what re-reading changed since: the next analysis re-runs only
  /// the rules whose input changed (``Analyzer/analyze(report:after:of:configuration:lastYear:isCancelled:)``).
  var earlier: (analysis: Analysis, change: ReadingChange)?
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

  /// Moves the analysis to ``earlier`` after the reading changed by `change` (`nil`: the text must be read afresh,
  /// and nothing of the earlier analysis can be reused).
  mutating func keepEarlierAnalysis(readingChanged change: ReadingChange?) {
    guard let change else {
      earlier = nil
      return
    }
    if let analysis {
      earlier = (analysis, change)
    } else if var kept = earlier {
      kept.change.append(change)
      earlier = kept
    }
  }

  /// Drops the analysis and what came with it (not the reading of the text).
  mutating func invalidateAnalysis() {
    analysis = nil
    previous = nil
    fixAll = nil
  }
}
