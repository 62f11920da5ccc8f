import GoujiFormats
import GoujiSyntax
import GoujiText

/// Runs the enabled rules over a report and returns their diagnostics in a deterministic order (by position, then
/// code), so that the command line and the server print the same list.
package enum RuleEngine {
  /// The diagnostics of every enabled rule. `isCancelled` is asked before each rule; once it says yes, the rules
  /// stop and the list comes back unfinished: the caller, who cancelled, discards it.
  package static func diagnostics(
    for context: RuleContext, configuration: RuleConfiguration = RuleConfiguration(),
    isCancelled: () -> Bool = { false }
  ) -> DiagnosticList {
    run(context, configuration: configuration, isCancelled: isCancelled).diagnostics
  }

  /// Every enabled rule run on the whole report, with what each found kept for ``rerun``.
  package static func run(
    _ context: RuleContext, configuration: RuleConfiguration = RuleConfiguration(),
    isCancelled: () -> Bool = { false }
  ) -> RuleResults {
    context.report.withItsFormats {
      var run = Run(context, configuration: configuration)
      for rule in run.enabledRules {
        guard !isCancelled() else { break }
        run.runWhole(rule)
      }
      return run.results
    }
  }

  /// The results after `change` (what re-reading the edited text changed), reusing `previous` (the results of the
  /// reading before the edits): a rule runs again only when what it reads (``RuleScope``) changed, a regional rule
  /// only on its blocks (``LineBlocks``) that overlap what was read again; the other findings move with the
  /// edits. Equal to ``run`` on the new reading.
  package static func rerun(
    _ context: RuleContext, after change: ReadingChange, previous: RuleResults,
    configuration: RuleConfiguration = RuleConfiguration(), isCancelled: () -> Bool = { false }
  ) -> RuleResults {
    context.report.withItsFormats {
      rerunUnderItsFormats(context, after: change, previous: previous, configuration: configuration, isCancelled)
    }
  }

  /// ``rerun(_:after:previous:configuration:isCancelled:)`` with the report's formats in use.
  private static func rerunUnderItsFormats(
    _ context: RuleContext, after change: ReadingChange, previous: RuleResults, configuration: RuleConfiguration,
    _ isCancelled: () -> Bool
  ) -> RuleResults {
    guard !change.readInFull, RunInputs(context, configuration: configuration) == previous.inputs else {
      return self.run(context, configuration: configuration, isCancelled: isCancelled)
    }
    let sentenceBlocks = LineBlocks(context.report, after: change, old: previous.sentenceBlocks, cutsLines: true)
    // The previous blocks cut no line: when the new ones cut none either, the blocks of whole lines are the same.
    let blocks =
      (previous.blocks == previous.sentenceBlocks ? sentenceBlocks.asWholeLines(in: context.text) : nil)
      ?? LineBlocks(context.report, after: change, old: previous.blocks)
    var run = Run(context, configuration: configuration, blocks: (blocks, sentenceBlocks))
    for rule in run.enabledRules {
      guard !isCancelled() else { break }
      let code = rule.metadata.code
      switch rule.metadata.scope {
      case .report:
        run.runWhole(rule)
      case .tables(let tables):
        if let kept = kept(previous.byRule[code], readingTables: tables, after: change) {
          run.byRule[code] = kept
        } else {
          run.runWhole(rule)
        }
      case .regions:
        guard let regional = rule as? any RegionalRule.Type, let partials = previous.partials[code] else {
          run.runWhole(rule)
          continue
        }
        run.runBlocks(regional, previous: partials, kept: previous.combinations[code], after: change)
      }
    }
    return run.results
  }

  /// The findings `previous` of a rule that reads `tables`, moved with `change`; `nil` (run it again) when one of
  /// the tables' sections was read again, when there are none to move, or when one touches what was read again.
  private static func kept(
    _ previous: [FindingPiece]?, readingTables tables: Set<TableID>, after change: ReadingChange
  ) -> [FindingPiece]? {
    guard let previous, !tables.contains(where: change.rereads) else {
      return nil
    }
    let kept = previous.map { piece in FindingPiece(findings: piece.current.map { $0.carried(through: change) }) }
    return kept.contains { $0.current.contains { $0.touches(change.reread) } } ? nil : kept
  }
}
