import GoujiRules
import GoujiSyntax
import GoujiText

extension AnalysisHost {
  /// What the reader understood of the current text of `id`, read if needed; `nil` when `id` is not open. A new
  /// reading is told to `lookup` (it may change which report is last year's for other documents).
  /// Throws ``AnalysisCancelled`` when `cancellation` stopped the reading; nothing of it is kept.
  package func reading(
    of id: DocumentID, lookup: some PreviousReportLookup, cancellation: CancellationToken = CancellationToken()
  ) throws(AnalysisCancelled) -> Report? {
    guard let document = self[id] else { return nil }
    if let report = document.report { return report }
    var stopped = false
    let report = ReportReader.read(document.text) {
      stopped = stopped || cancellation.isCancelled
      return stopped
    }
    if stopped {
      countStop()
      throw AnalysisCancelled()
    }
    store(report, of: id)
    lookup.documentWasRead(id, as: report)
    return report
  }

  /// The analysis of the current text of `id` with the host's configuration and last year's report from
  /// `lookup`, made if needed and kept until the text, the configuration or last year's report changes; `nil`
  /// when `id` is not open. Throws ``AnalysisCancelled`` when `cancellation` stopped it; nothing of it is kept.
  package func analysis(
    of id: DocumentID, lookup: some PreviousReportLookup, cancellation: CancellationToken = CancellationToken()
  ) throws(AnalysisCancelled) -> Analysis? {
    if let analysis = self[id]?.analysis { return analysis }
    guard let report = try reading(of: id, lookup: lookup, cancellation: cancellation) else { return nil }
    let previous = lookup.previousReport(for: report, of: id)
    let analysis: Analysis
    do {
      // A lookup that read another document may have been stopped, and then found nothing.
      try cancellation.check()
      if let earlier = self[id]?.earlier {
        analysis = try Analyzer.analyze(
          report: report, after: earlier.change, of: earlier.analysis, configuration: configuration,
          lastYear: previous?.lastYear, cancellation: cancellation
        )
      } else {
        analysis = try Analyzer.analyze(
          report: report, configuration: configuration, lastYear: previous?.lastYear, cancellation: cancellation
        )
      }
    } catch {
      countStop()
      throw error
    }
    store(analysis, previous: previous, of: id)
    return analysis
  }

  /// The edit of every safe fix at once (what `gouji check --fix` writes) for the current analysis of `id`,
  /// computed from that analysis on first use and kept with it; `nil` when `id` has no analysis.
  package func safeFixEdits(of id: DocumentID) -> [TextEdit]? {
    guard let document = self[id], let analysis = document.analysis else { return nil }
    if let edits = document.fixAll { return edits }
    let edits = Analyzer.safeFixEdits(of: analysis, configuration: configuration, lastYear: document.previousYear)
    storeFixAll(edits, of: id)
    return edits
  }

  /// What the cross-year rules of the next year's documents need of the current reading of `id`
  /// (``PreviousYear``), made on first use and kept until the reading changes, so that typing in this year's report
  /// does not summarise last year's again on every analysis; `nil` when `id` is not open or not read yet.
  package func lastYearSummary(of id: DocumentID) -> PreviousYear? {
    guard let document = self[id], let report = document.report else { return nil }
    if let summary = document.lastYearSummary { return summary }
    let summary = PreviousYear(report)
    storeLastYearSummary(summary, of: id)
    return summary
  }
}
