import GoujiFormats
import GoujiSyntax
import GoujiText

/// What one run of the rules found, kept per rule so that the next run after an edit can reuse what the edit did
/// not change (``RuleEngine/rerun(_:after:previous:configuration:isCancelled:)``).
package struct RuleResults: Sendable {
  /// Every diagnostic, ordered by position then code, made from `byRule` when read.
  package private(set) var diagnostics: DiagnosticList
  /// The findings of each rule that ran, by code, in the order the rule found them: in one piece, or, for a regional
  /// rule whose findings are its partial results (``RegionalRule/findingPieces(_:from:)``), in those.
  var byRule: [String: [FindingPiece]]
  /// The partial results of each regional rule (``RegionalRule``), by code: its ``BlockPartials``, one per block of
  /// `blocks`.
  var partials: [String: any Sendable]
  /// What each regional rule's combination kept for the next run (``RegionalRule/combination(_:from:after:)``), by
  /// code.
  var combinations: [String: any Sendable]
  /// The blocks of lines the regional rules' partial results are for (``LineBlocks``).
  package private(set) var blocks: [TextRange]
  /// The blocks of the rules that read sentences (``RegionalRule/readsSubLineRegions``): `blocks`, with the lines
  /// longer than a block cut at sentence ends.
  package private(set) var sentenceBlocks: [TextRange]
  /// What the rules were run with; any difference makes the next run start afresh.
  var inputs: RunInputs
  /// The codes of the rules that ran (rather than moved their previous findings), and how many blocks of lines
  /// each regional rule read: the engine's plan, for tests and measurements.
  package private(set) var ran: [String] = []
  package private(set) var regionsRead: [String: Int] = [:]

  /// The partial results of regional rule `rule`, when it ran: for tests and measurements.
  package func partials<R: RegionalRule>(of rule: R.Type) -> BlockPartials<R>? {
    partials[rule.metadata.code] as? BlockPartials<R>
  }

  init(
    byRule: [String: [FindingPiece]], partials: [String: any Sendable], combinations: [String: any Sendable],
    blocks: [TextRange], sentenceBlocks: [TextRange], inputs: RunInputs, ran: [String], regionsRead: [String: Int]
  ) {
    self.byRule = byRule
    self.partials = partials
    self.combinations = combinations
    self.blocks = blocks
    self.sentenceBlocks = sentenceBlocks
    self.inputs = inputs
    self.ran = ran
    self.regionsRead = regionsRead
    let severities = inputs.configuration.severities
    diagnostics = DiagnosticList(
      pieces: RuleRegistry.codes.map { byRule[$0] ?? [] },
      configuredSeverities: RuleRegistry.codes.map { severities[$0] }
    )
  }
}

/// What a run of the rules depends on besides the tables and regions the rules declare: the configuration, last
/// year's report, and the facts of the reading that every rule may read.
struct RunInputs: Sendable, Equatable {
  var configuration: RuleConfiguration
  var previous: PreviousYear?
  var reportYear: Int?
  var tableFormat: FormatID?
  var expectedFormat: FormatID?
  var textForm: TextForm?
  var title: String?
  var agency: String?
  var sectionNumbers: [Int]
  var regionCount: Int

  init(_ context: RuleContext, configuration: RuleConfiguration) {
    let report = context.report
    self.configuration = configuration
    previous = context.previous
    reportYear = report.reportYear
    tableFormat = report.tableFormat
    expectedFormat = report.expectedFormat
    textForm = report.textForm
    title = report.title?.text
    agency = report.title?.agency
    sectionNumbers = report.sections.map(\.number)
    regionCount = report.lineRegions.count
  }
}
