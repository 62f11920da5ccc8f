import GoujiFormats
import GoujiRules
import GoujiSyntax
import GoujiText

/// The analysis of one version of a report: what was read and what the rules found. An immutable value.
package struct Analysis: Sendable {
  package var report: Report
  package var diagnostics: [Diagnostic]

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
  /// keeps it for a chain of reports.
  package static func analyze(report: Report, configuration: RuleConfiguration, lastYear: PreviousYear?) -> Analysis {
    let context = RuleContext(report: report, previous: lastYear)
    return Analysis(report: report, diagnostics: RuleEngine.diagnostics(for: context, configuration: configuration))
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
    applyingFixes(
      text, includingUnsafe: includingUnsafe, configuration: configuration, lastYear: previous.map { PreviousYear($0) }
    )
  }

  /// ``applyingFixes(_:includingUnsafe:configuration:previous:)`` with last year's report as a ``PreviousYear``.
  package static func applyingFixes(
    _ text: SourceText, includingUnsafe: Bool, configuration: RuleConfiguration, lastYear: PreviousYear?
  ) -> (text: SourceText, applied: Int) {
    var current = text
    var applied = 0
    for _ in 0..<8 {
      let analysis = analyze(report: ReportReader.read(current), configuration: configuration, lastYear: lastYear)
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
    let fixed = applyingSafeFixes(text, configuration: configuration, previous: previous).text
    guard fixed != text else { return [] }
    return [replacement(from: text, to: fixed)]
  }

  /// One edit that turns `text` into `other` (see ``GoujiText/SourceText/replacement(to:)``).
  package static func replacement(from text: SourceText, to other: SourceText) -> TextEdit {
    text.replacement(to: other)
  }

  /// The edits of the first safe fix of every diagnostic, one group per fix, never two overlapping groups.
  package static func safeEdits(_ diagnostics: [Diagnostic]) -> [[TextEdit]] {
    fixEdits(diagnostics, includingUnsafe: false)
  }

  /// The edits of the first safe fix of every diagnostic (or, with `includingUnsafe`, of its first fix when none is
  /// safe), one group per fix, never two overlapping groups. Safe fixes are taken before unsafe ones.
  private static func fixEdits(_ diagnostics: [Diagnostic], includingUnsafe: Bool) -> [[TextEdit]] {
    var groups: [[TextEdit]] = []
    var taken: [TextRange] = []
    let safe = diagnostics.compactMap { $0.fixes.first(where: \.isSafe) }
    let unsafe = includingUnsafe ? diagnostics.filter { !$0.fixes.contains(where: \.isSafe) }.compactMap(\.fixes.first) : []
    for fix in safe + unsafe {
      if fix.edits.contains(where: { edit in taken.contains { $0.overlaps(edit.range) } }) { continue }
      groups.append(fix.edits)
      taken += fix.edits.map(\.range)
    }
    return groups
  }
}

extension Analyzer {
  /// The analysis after `edits` (applied one after another, as an LSP change notification does): the report is
  /// re-read edit by edit, each time only the section an edit touched when it cannot change the structure
  /// (``ReportReader/reread(_:after:)``), and the rules run on the result.
  package static func reanalyze(
    _ previous: Analysis, applying edits: [TextEdit], configuration: RuleConfiguration = RuleConfiguration(),
    previousYear: Report? = nil
  ) -> Analysis {
    let report = edits.reduce(previous.report) { ReportReader.reread($0, after: $1) }
    return analyze(report: report, configuration: configuration, previous: previousYear)
  }
}
