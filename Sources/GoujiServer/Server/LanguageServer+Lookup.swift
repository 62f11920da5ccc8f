import GoujiAnalysis
import GoujiSyntax

/// The server is the analysis host's lookup of last year's report: an open document first, else a workspace file
/// (LanguageServer+PreviousReport.swift).
extension LanguageServer: PreviousReportLookup {
  package func previousReport(for report: Report, of document: DocumentID) -> PreviousReport? {
    previousReport(for: report, excluding: document)
  }

  package func documentWasRead(_ document: DocumentID, as report: Report) {
    invalidateDependents(of: document, newReading: report)
  }
}
