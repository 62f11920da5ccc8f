import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import LanguageServerProtocol

/// The body and year of a report, which the cross-year rules (GJ402, GJ408, GJ409) match on: the agency of the title
/// as ``AgencyName`` compares it, the same rule as `gouji check`'s chains (``ReportChains``).
struct ReportKey: Hashable {
  var agency: String
  var year: Int

  /// The key of `report`, or `nil` when its title names no agency or its year is unknown.
  init?(_ report: Report) {
    guard let agency = report.title?.agency.flatMap(AgencyName.key), let year = report.reportYear else { return nil }
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
  /// Last year's report of the same body, and where it came from: an open document, else a `*.txt` file under the
  /// workspace folders. Several open documents of that body and year are copies of which none can be chosen, as
  /// in `gouji check`: then there is none. Its summary is made once per reading of the document or file it came
  /// from, not on every analysis of this year's report.
  func previousReport(for report: Report, excluding uri: DocumentURI) -> PreviousReport? {
    guard let wanted = ReportKey(previousOf: report) else { return nil }
    let open = documents.ids.filter { other in
      other != uri && reading(of: other).flatMap { ReportKey($0) } == wanted
    }
    if open.count > 1 { return nil }
    if let only = open.first {
      return documents.lastYearSummary(of: only).map { PreviousReport(lastYear: $0, source: only) }
    }
    guard options.searchesWorkspaceFiles else { return nil }
    let openPaths = Set(documents.ids.compactMap(FileURI.path))
    if client.pullsDiagnostics && !client.diagnosticRefresh && workspaceAnswers[wanted] == nil {
      // A client that pulls and cannot be told to pull again would keep diagnostics without last year's report.
      let index = workspaceIndex
      let found = workspaceQueue.sync { Self.lastYear(index.report(wanted, excluding: openPaths)) }
      workspaceAnswers[wanted] = .some(found)
    }
    guard let answer = workspaceAnswers[wanted] else {
      lookUpInWorkspace(wanted)
      return nil
    }
    return answer.flatMap { openPaths.contains($0.source) ? nil : $0 }
  }

  /// What the cross-year rules need of a workspace file's report, summarised once, when the file is found.
  private static func lastYear(_ found: (report: Report, path: String)?) -> PreviousReport? {
    found.map { PreviousReport(lastYear: PreviousYear($0.report), source: $0.path) }
  }

  /// Looks for the report of `key` among the workspace files on the workspace queue, off the queue that answers
  /// the open documents; when the answer arrives, the documents waiting for it are analysed again. A lookup stops
  /// between files once the files changed since it began (``workspaceGeneration``).
  func lookUpInWorkspace(_ key: ReportKey) {
    guard pendingLookups.insert(key).inserted else { return }
    let openPaths = Set(documents.ids.compactMap(FileURI.path))
    let counter = workspaceGeneration
    let generation = counter.withLock { $0 }
    let index = workspaceIndex
    workspaceQueue.async { [weak self] in
      let found = Self.lastYear(
        index.report(key, excluding: openPaths) { counter.withLock { $0 } == generation }
      )
      self?.queue.async { [weak self] in self?.workspaceLookupEnded(key, found: found, generation: generation) }
    }
  }

  /// Keeps the answer of a lookup (unless the files changed since it began) and analyses again the documents
  /// that wanted it, publishing the diagnostics they held back meanwhile.
  private func workspaceLookupEnded(_ key: ReportKey, found: PreviousReport?, generation: Int) {
    pendingLookups.remove(key)
    guard workspaceGeneration.withLock({ $0 }) == generation else { return }
    workspaceAnswers[key] = .some(found)
    for uri in documents.ids where documents[uri]?.report.flatMap(ReportKey.init(previousOf:)) == key {
      if found != nil { documents.invalidateAnalysis(of: uri) }
      scheduleDiagnostics(for: uri)
    }
    if found != nil && client.pullsDiagnostics { refreshAllDiagnostics() }
  }

  /// Whether the document's diagnostics wait for a workspace lookup of last year's report.
  func awaitsWorkspaceLookup(_ uri: DocumentURI) -> Bool {
    guard !pendingLookups.isEmpty, let key = documents[uri]?.report.flatMap(ReportKey.init(previousOf:)) else {
      return false
    }
    return pendingLookups.contains(key)
  }

  /// Drops the analyses that depend on the document at `uri` as last year's report, or could now: those that used
  /// it, and those looking for the body and year its new reading has (`nil`: not read yet, its own reading on
  /// demand tells them). Their diagnostics are published again after `delay`.
  func invalidateDependents(of uri: DocumentURI, newReading report: Report?, after delay: Duration = .zero) {
    let key = report.flatMap { ReportKey($0) }
    for other in documents.ids where other != uri {
      guard let document = documents[other], document.analysis != nil else { continue }
      let wanted = document.report.flatMap(ReportKey.init(previousOf:))
      guard document.previousSource == uri || (key != nil && wanted == key) else { continue }
      documents.invalidateAnalysis(of: other)
      scheduleDiagnostics(for: other, after: delay)
    }
  }
}
