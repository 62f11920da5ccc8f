import GoujiSyntax
import GoujiText

extension RuleEngine {
  /// One run of the rules under way: what has been found so far, rule by rule.
  struct Run {
    let context: RuleContext
    let configuration: RuleConfiguration
    let inputs: RunInputs
    /// The findings of each rule that ran or kept its findings, by code.
    var byRule: [String: [FindingPiece]] = [:]
    /// The partial results of each regional rule, by code: its ``BlockPartials``, one per block.
    var partials: [String: any Sendable] = [:]
    /// What each regional rule's combination keeps for the next run, by code.
    var combinations: [String: any Sendable] = [:]
    /// The blocks the regional rules find their partial results in, and which previous block each one is: whole
    /// lines, and cut inside long lines too for the rules that read sentences (``RegionalRule/readsSubLineRegions``;
    /// the same blocks when no line is longer than a block).
    var blocks: LineBlocks
    var sentenceBlocks: LineBlocks
    var ran: [String] = []
    var regionsRead: [String: Int] = [:]

    /// A run with `blocks` (after an edit: those moved from the previous run's), or the report's cut afresh.
    init(_ context: RuleContext, configuration: RuleConfiguration, blocks: (LineBlocks, LineBlocks)? = nil) {
      var context = context
      context.townshipDeadline = configuration.townshipDeadline
      self.context = context
      self.configuration = configuration
      inputs = RunInputs(context, configuration: configuration)
      sentenceBlocks = blocks?.1 ?? LineBlocks(context.report, cutsLines: true)
      self.blocks = blocks?.0 ?? sentenceBlocks.asWholeLines(in: context.text) ?? LineBlocks(context.report)
    }

    /// What the run found.
    var results: RuleResults {
      RuleResults(
        byRule: byRule, partials: partials, combinations: combinations, blocks: blocks.ranges,
        sentenceBlocks: sentenceBlocks.ranges, inputs: inputs, ran: ran, regionsRead: regionsRead
      )
    }

    /// The rules that run: the enabled ones; a report from before the national format gets GJ206 and nothing else.
    var enabledRules: [any Rule.Type] {
      RuleRegistry.all.filter { rule in
        configuration.isEnabled(rule.metadata)
          && (!context.report.isPre2019 || rule.metadata.code == FormatNotApplicable.metadata.code)
      }
    }

    /// Runs `rule` on the whole report. Only a rule whose scope is ``RuleScope/regions`` is cast to ``RegionalRule``:
    /// the runtime's conformance look-up for the others cost about 10,000 instructions a rule.
    mutating func runWhole(_ rule: any Rule.Type) {
      let code = rule.metadata.code
      if rule.metadata.scope == .regions, let regional = rule as? any RegionalRule.Type {
        runBlocks(regional, previous: nil, kept: nil, after: nil)
        return
      }
      ran.append(code)
      byRule[code] = rule.pieces(context)
    }

    /// Runs a regional rule on its blocks (``RegionalRule/readsSubLineRegions``: `sentenceBlocks`, else `blocks`)
    /// that are no previous block, and carries over its `previous` partial results (its ``BlockPartials``, cast
    /// once) of the others with `change` (`nil`: a first run), in the rule's own
    /// ``RegionalRule/partials(_:in:previous:after:)``. The combination is told what it `kept` last run, and the
    /// change.
    mutating func runBlocks<R: RegionalRule>(
      _ rule: R.Type, previous: (any Sendable)?, kept: (any Sendable)?, after change: ReadingChange?
    ) {
      let code = rule.metadata.code
      let blocks = rule.readsSubLineRegions ? sentenceBlocks : self.blocks
      let previous = previous as? BlockPartials<R>
      let (found, read) = rule.partials(context, in: blocks, previous: previous, after: change)
      ran.append(code)
      regionsRead[code] = read
      partials[code] = found
      var told: PreviousCombination<R>?
      if let kept = kept as? R.Combination, let previous, let change {
        told = PreviousCombination(kept: kept, partials: previous, blocks: blocks.previous, change: change)
      }
      let combined = rule.combination(context, from: found, after: told)
      byRule[code] = combined.pieces
      combinations[code] = combined.kept
    }
  }
}
