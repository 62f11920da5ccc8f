import GoujiRules
import GoujiSyntax

/// Names a document the ``AnalysisHost`` holds (the language server uses the document's URI).
package typealias DocumentID = String

/// What the cross-year rules need of last year's report of the same body, and the document or file it came from
/// (for the host to know which analyses to drop when that document changes).
package struct PreviousReport: Sendable {
  package var lastYear: PreviousYear
  package var source: String

  package init(lastYear: PreviousYear, source: String) {
    self.lastYear = lastYear
    self.source = source
  }
}

/// Where last year's report of a report comes from: the one lookup both front ends implement, the command line
/// with the file `--previous` names, the language server with the open documents and the workspace's files.
/// Lookups may do IO; the analysis that asks does none.
package protocol PreviousReportLookup {
  /// Last year's report for `report`, the reading of `document`; `nil` when there is none (yet).
  func previousReport(for report: Report, of document: DocumentID) -> PreviousReport?

  /// Told when the host has read `document` anew, so that a lookup can drop what depended on its old reading.
  func documentWasRead(_ document: DocumentID, as report: Report)
}

extension PreviousReportLookup {
  package func documentWasRead(_ document: DocumentID, as report: Report) {}
}
