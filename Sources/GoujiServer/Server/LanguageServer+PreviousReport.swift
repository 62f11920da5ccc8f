import GoujiSyntax
import LanguageServerProtocol

/// The body and year of a report, which the cross-year check (GJ402) matches on.
struct ReportKey: Hashable {
  var agency: String
  var year: Int

  /// The key of `report`, or `nil` when its title names no agency or its year is unknown.
  init?(_ report: Report) {
    guard let agency = report.title?.agency, !agency.isEmpty, let year = report.reportYear else { return nil }
    self.agency = agency
    self.year = year
  }

  /// The key of the report before `report`: the same body, the year before.
  init?(previousOf report: Report) {
    guard let key = ReportKey(report) else { return nil }
    self = key
    year -= 1
  }
}

extension LanguageServer {
  /// Last year's report of the same body, and where it came from: an open document first (in URI order), else a
  /// `*.txt` file under the workspace folders.
  func previousReport(for report: Report, excluding uri: DocumentURI) -> (report: Report, source: String)? {
    guard let wanted = ReportKey(previousOf: report) else { return nil }
    for other in documents.uris where other != uri {
      if let candidate = reading(of: other), ReportKey(candidate) == wanted { return (candidate, other) }
    }
    guard options.searchesWorkspaceFiles else { return nil }
    let openPaths = Set(documents.uris.compactMap(FileURI.path))
    return workspaceIndex.report(agency: wanted.agency, year: wanted.year, excluding: openPaths)
      .map { ($0.report, $0.path) }
  }

  /// Drops the analyses that depend on the document at `uri` as last year's report, or could now: those that used
  /// it, and those looking for the body and year it now has.
  func invalidateDependents(of uri: DocumentURI, newReading report: Report) {
    let key = ReportKey(report)
    for other in documents.uris where other != uri {
      guard let document = documents[other], document.analysis != nil else { continue }
      let wanted = document.report.flatMap(ReportKey.init(previousOf:))
      guard document.previousSource == uri || (key != nil && wanted == key) else { continue }
      documents[other]?.invalidateAnalysis()
      scheduleDiagnostics(for: other)
    }
  }
}
