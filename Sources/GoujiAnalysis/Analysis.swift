import GoujiFormats
import GoujiRules
import GoujiSyntax
import GoujiText

/// The analysis of one version of a report: what was read and what the rules found. An immutable value.
package struct Analysis: Sendable {
  package var report: Report
  /// Every diagnostic in order, made from what `ruleResults` holds when read (``DiagnosticList``, which shares it).
  package var diagnostics: DiagnosticList
  /// What each rule found, for re-running only what an edit changed
  /// (``Analyzer/reanalyze(_:applying:configuration:previousYear:)``).
  package var ruleResults: RuleResults

  init(report: Report, results: RuleResults) {
    self.report = report
    diagnostics = results.diagnostics
    ruleResults = results
  }

  package var text: SourceText { report.text }
}

/// The one façade the command line and the language server use, so both get identical diagnostics. No IO.
package enum Analyzer {
  package static func analyze(
    _ text: SourceText, configuration: RuleConfiguration = RuleConfiguration(), previous: Report? = nil
  ) -> Analysis {
    analyze(report: ReportReader.read(text), configuration: configuration, previous: previous)
  }

  package static func analyze(report: Report, configuration: RuleConfiguration, previous: Report? = nil) -> Analysis {
    analyze(report: report, configuration: configuration, lastYear: previous.map { PreviousYear($0) })
  }

  /// The analysis with what the cross-year rules need of last year's report (``PreviousYear``), as `gouji check`
  /// keeps it for a chain of reports and a ``PreviousReportLookup`` answers it.
  package static func analyze(report: Report, configuration: RuleConfiguration, lastYear: PreviousYear?) -> Analysis {
    let context = RuleContext(report: report, previous: lastYear)
    return Analysis(report: report, results: RuleEngine.run(context, configuration: configuration))
  }

  /// ``analyze(report:configuration:lastYear:)`` that stops between two rules once `cancellation` is cancelled,
  /// throwing ``AnalysisCancelled`` (an analysis that ran every rule is returned even if cancelled meanwhile).
  package static func analyze(
    report: Report, configuration: RuleConfiguration, lastYear: PreviousYear?, cancellation: CancellationToken
  ) throws(AnalysisCancelled) -> Analysis {
    var stopped = false
    let context = RuleContext(report: report, previous: lastYear)
    let results = RuleEngine.run(context, configuration: configuration) {
      stopped = stopped || cancellation.isCancelled
      return stopped
    }
    if stopped { throw AnalysisCancelled() }
    return Analysis(report: report, results: results)
  }

  /// The analysis of `text`, with last year's report from `lookup` (for the document `document`).
  package static func analyze(
    _ text: SourceText, configuration: RuleConfiguration, lookup: some PreviousReportLookup, document: DocumentID
  ) -> Analysis {
    let report = ReportReader.read(text)
    let lastYear = lookup.previousReport(for: report, of: document)?.lastYear
    return analyze(report: report, configuration: configuration, lastYear: lastYear)
  }

  /// Whether any rule enabled by `configuration` reads last year's report (GJ402, GJ408, GJ409): without one, a
  /// front end need not look for it.
  package static func readsLastYear(_ configuration: RuleConfiguration) -> Bool {
    [CarryoverMismatch.metadata, StockMismatch.metadata, ProseSimilarToLastYear.metadata].contains {
      configuration.isEnabled($0)
    }
  }

  /// Applies every safe fix, re-checking after each round, until none is left (or a round changes nothing).
  /// Returns the fixed text and the number of fixes applied.
  package static func applyingSafeFixes(
    _ text: SourceText, configuration: RuleConfiguration = RuleConfiguration(), previous: Report? = nil
  ) -> (text: SourceText, applied: Int) {
    applyingFixes(text, includingUnsafe: false, configuration: configuration, previous: previous)
  }

  /// Applies every safe fix and, with `includingUnsafe` (`gouji check --unsafe-fixes`), the first fix of every
  /// finding that has only unsafe ones; re-checks after each round until nothing is left to apply.
  package static func applyingFixes(
    _ text: SourceText, includingUnsafe: Bool, configuration: RuleConfiguration = RuleConfiguration(),
    previous: Report? = nil
  ) -> (text: SourceText, applied: Int) {
    let lastYear = previous.map { PreviousYear($0) }
    let analysis = analyze(report: ReportReader.read(text), configuration: configuration, lastYear: lastYear)
    return applyingFixes(
      from: analysis, includingUnsafe: includingUnsafe, configuration: configuration, lastYear: lastYear
    )
  }

  /// ``applyingFixes(_:includingUnsafe:configuration:previous:)`` with last year's report from `lookup` (for the
  /// document `document`): `gouji check --fix` finds it the same way as the analysis that follows.
  package static func applyingFixes(
    _ text: SourceText, includingUnsafe: Bool, configuration: RuleConfiguration,
    lookup: some PreviousReportLookup, document: DocumentID
  ) -> (text: SourceText, applied: Int) {
    let report = ReportReader.read(text)
    let lastYear = lookup.previousReport(for: report, of: document)?.lastYear
    let analysis = analyze(report: report, configuration: configuration, lastYear: lastYear)
    return applyingFixes(
      from: analysis, includingUnsafe: includingUnsafe, configuration: configuration, lastYear: lastYear
    )
  }

  /// The fixes of ``applyingFixes(_:includingUnsafe:configuration:previous:)`` from an analysis already made of the
  /// text with `configuration` and `lastYear`: its first round takes the analysis instead of making it again.
  private static func applyingFixes(
    from first: Analysis, includingUnsafe: Bool, configuration: RuleConfiguration, lastYear: PreviousYear?
  ) -> (text: SourceText, applied: Int) {
    var current = first.text
    var applied = 0
    for round in 0..<8 {
      let analysis =
        round == 0
        ? first : analyze(report: ReportReader.read(current), configuration: configuration, lastYear: lastYear)
      let edits = fixEdits(analysis.diagnostics, includingUnsafe: includingUnsafe)
      guard !edits.isEmpty else { break }
      let (next, skipped) = current.applyingSimultaneously(edits.flatMap(\.self))
      applied += edits.count - Set(skipped).count
      if next == current { break }
      current = next
    }
    return (current, applied)
  }

  /// What `source.fixAll.gouji` applies: the edit that takes `text` to the fixed point of ``applyingSafeFixes``
  /// (what `gouji check --fix` writes) in one action, as a replacement of the span that changed; empty when no safe
  /// fix applies.
  package static func safeFixEdits(
    _ text: SourceText, configuration: RuleConfiguration = RuleConfiguration(), previous: Report? = nil
  ) -> [TextEdit] {
    let lastYear = previous.map { PreviousYear($0) }
    let analysis = analyze(report: ReportReader.read(text), configuration: configuration, lastYear: lastYear)
    return safeFixEdits(of: analysis, configuration: configuration, lastYear: lastYear)
  }

  /// ``safeFixEdits(_:configuration:previous:)`` of the text of `analysis`, made with `configuration` and
  /// `lastYear`: the first round of fixes takes `analysis` instead of analysing the text again.
  package static func safeFixEdits(of analysis: Analysis, configuration: RuleConfiguration, lastYear: PreviousYear?)
    -> [TextEdit]
  {
    let fixed = applyingFixes(from: analysis, includingUnsafe: false, configuration: configuration, lastYear: lastYear)
    guard fixed.text != analysis.text else { return [] }
    return [replacement(from: analysis.text, to: fixed.text)]
  }

  /// One edit that turns `text` into `other` (see ``GoujiText/SourceText/replacement(to:)``).
  package static func replacement(from text: SourceText, to other: SourceText) -> TextEdit {
    text.replacement(to: other)
  }

  /// The edits of the first safe fix of every diagnostic, one group per fix, never two overlapping groups.
  package static func safeEdits(_ diagnostics: some Collection<Diagnostic>) -> [[TextEdit]] {
    fixEdits(diagnostics, includingUnsafe: false)
  }

  /// The edits of the first safe fix of every diagnostic (or, with `includingUnsafe`, of its first fix when none is
  /// safe), one group per fix, never two overlapping groups. Safe fixes are taken before unsafe ones.
  private static func fixEdits(_ diagnostics: some Collection<Diagnostic>, includingUnsafe: Bool) -> [[TextEdit]] {
    var groups: [[TextEdit]] = []
    let safe = diagnostics.compactMap { $0.fixes.first(where: \.isSafe) }
    let unsafe =
      includingUnsafe ? diagnostics.filter { !$0.fixes.contains(where: \.isSafe) }.compactMap(\.fixes.first) : []
    let candidates = safe + unsafe
    var taken = TakenRanges(positions: candidates.lazy.flatMap(\.edits).map(\.range.end).max() ?? 0)
    for fix in candidates {
      if fix.edits.contains(where: { taken.overlaps($0.range) }) { continue }
      groups.append(fix.edits)
      for edit in fix.edits { taken.insert(edit.range) }
    }
    return groups
  }
}

extension Analyzer {
  /// The analysis after `edits` (applied one after another, as an LSP change notification does): the report is
  /// re-read edit by edit, each time only the section an edit touched when it cannot change the structure
  /// (``ReportReader/reread(_:after:)``), and the rules run again only where what they read changed
  /// (``RuleEngine/rerun(_:after:previous:configuration:isCancelled:)``).
  package static func reanalyze(
    _ previous: Analysis, applying edits: [TextEdit], configuration: RuleConfiguration = RuleConfiguration(),
    previousYear: Report? = nil
  ) -> Analysis {
    var change = ReadingChange()
    let report = edits.reduce(previous.report) { ReportReader.reread($0, after: $1, recordingIn: &change) }
    let lastYear = previousYear.map { PreviousYear($0) }
    return analyze(report: report, after: change, of: previous, configuration: configuration, lastYear: lastYear)
  }

  /// The analysis of `report`, read again from the report of `previous` with `change`: the rules reuse what
  /// `previous` found where `change` left their input as it was.
  package static func analyze(
    report: Report, after change: ReadingChange, of previous: Analysis, configuration: RuleConfiguration,
    lastYear: PreviousYear?, isCancelled: () -> Bool = { false }
  ) -> Analysis {
    let context = RuleContext(report: report, previous: lastYear)
    let rerun = RuleEngine.rerun(
      context, after: change, previous: previous.ruleResults, configuration: configuration, isCancelled: isCancelled
    )
    return Analysis(report: report, results: rerun)
  }

  /// ``analyze(report:after:of:configuration:lastYear:isCancelled:)`` that stops between two rules once
  /// `cancellation` is cancelled, throwing ``AnalysisCancelled``.
  package static func analyze(
    report: Report, after change: ReadingChange, of previous: Analysis, configuration: RuleConfiguration,
    lastYear: PreviousYear?, cancellation: CancellationToken
  ) throws(AnalysisCancelled) -> Analysis {
    var stopped = false
    let analysis = analyze(
      report: report, after: change, of: previous, configuration: configuration, lastYear: lastYear
    ) {
      stopped = stopped || cancellation.isCancelled
      return stopped
    }
    if stopped { throw AnalysisCancelled() }
    return analysis
  }
}
