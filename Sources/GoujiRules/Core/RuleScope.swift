import GoujiFormats
import GoujiSyntax
import GoujiText

/// What a rule reads, declared in its metadata. After an edit that the reader re-read in one section, the engine
/// runs a rule again only when its input changed, and moves its previous findings with the edit otherwise
/// (``RuleEngine/rerun(_:after:previous:configuration:isCancelled:)``).
package enum RuleScope: Sendable, Hashable {
  /// The named tables (their cells, rows and reading problems), with the report's year and format: run again when
  /// the section of one of them was read again.
  case tables(Set<TableID>)
  /// The text and readings of each region (the prologue, each section, the appendix) on its own: the rule is a
  /// ``RegionalRule``, run again on the regions read again only.
  case regions
  /// Anything in the report: run again after every edit.
  case report

  /// Every table.
  package static let allTables = RuleScope.tables(Set(TableID.allCases))
}

/// A rule whose result is made from what it finds in each piece of a region on its own (``RuleScope/regions``), so
/// an edit re-runs it on the edited lines only. The pieces are whole lines of one region (``Report/lineRegions``),
/// cut into blocks (``LineBlocks``) wherever the engine likes — inside a long line too, at a sentence end
/// (``SentenceCuts``), for a rule that ``readsSubLineRegions`` —: the findings must not depend on where they are cut.
package protocol RegionalRule: Rule {
  /// Whether the rule reads sentences, clauses and words, never a line as a whole, so that its pieces may be cut
  /// inside a long line at a sentence end (``SentenceCuts``); `false` (the default): its pieces are whole lines.
  static var readsSubLineRegions: Bool { get }
  /// What the rule finds in one piece.
  associatedtype Partial: Sendable
  /// What the rule finds in `region` (whole lines, or when it ``readsSubLineRegions`` from a line start or sentence
  /// end to another, all in one region of ``Report/lineRegions``).
  static func partial(_ context: RuleContext, in region: TextRange) -> Partial
  /// `partial` with every range moved by `move` (an edit before or after the piece).
  static func moved(_ partial: Partial, by move: (TextRange) -> TextRange) -> Partial
  /// `partial` of a piece moved whole by `delta` bytes, as it is read from ``BlockPartials``: ``moved(_:by:)`` with
  /// each range shifted (the default; an empty collection as it is), unless the rule adds `delta` more cheaply.
  static func shifted(_ partial: Partial, by delta: Int) -> Partial
  /// Whether `partial` found nothing, so that a combination that joins the partial results need not read it
  /// (``BlockPartials/found``): an empty collection for a rule whose `Partial` is one, else `false` (the default).
  static func isEmpty(_ partial: Partial) -> Bool
  /// Whether every partial result that ``isEmpty(_:)`` is as good as any other, carrying nothing else, so that
  /// ``BlockPartials`` keeps one for all of a chunk's (a long text's thousands of blocks that found nothing held one
  /// each): true for a rule whose `Partial` is a collection (the default) or that says so, false for one whose empty
  /// results still differ (GJ401's claims of nothing).
  static var emptyPartialsAreAlike: Bool { get }
  /// The findings of the whole report from the partial results of its pieces, in text order.
  static func findings(_ context: RuleContext, from partials: BlockPartials<Self>) -> [Finding]
  /// ``findings(_:from:)`` in pieces that follow each other, which the engine keeps as they are: a rule whose
  /// findings are its partial results (GJ503) gives those, never joined (millions of leftovers are kept once).
  static func findingPieces(_ context: RuleContext, from partials: BlockPartials<Self>) -> [FindingPiece]
  /// The partial result of each block of `blocks`, kept from `previous` (moved with `change`) or read, and how many
  /// blocks were read: implemented once, in `RegionalRule+Blocks.swift`. A requirement so that the engine, which
  /// holds the rule as an `any RegionalRule.Type`, calls a copy specialised for the rule: its own generic loop read
  /// and appended every block's partial result through the runtime's unspecialised `Array` functions.
  static func partials(
    _ context: RuleContext, in blocks: LineBlocks, previous: BlockPartials<Self>?, after change: ReadingChange?
  ) -> (partials: BlockPartials<Self>, read: Int)
  /// What a combination keeps between runs (``combination(_:from:after:)``): `Void` for a rule that combines its
  /// partial results afresh every run.
  associatedtype Combination: Sendable = Void
  /// ``findingPieces(_:from:)``, with what to keep for the next run; after an edit, told what the previous run kept,
  /// its partial results and which of them each block's is (`previous`, `nil` on a first run). A rule that keeps
  /// nothing (the default) combines afresh.
  static func combination(
    _ context: RuleContext, from partials: BlockPartials<Self>, after previous: PreviousCombination<Self>?
  ) -> (pieces: [FindingPiece], kept: Combination?)
}

extension RegionalRule {
  package static var readsSubLineRegions: Bool { false }

  package static func shifted(_ partial: Partial, by delta: Int) -> Partial {
    moved(partial) { $0.shifted(by: delta) }
  }

  package static func isEmpty(_ partial: Partial) -> Bool { false }

  package static var emptyPartialsAreAlike: Bool { false }

  package static func findingPieces(_ context: RuleContext, from partials: BlockPartials<Self>) -> [FindingPiece] {
    [FindingPiece(findings: findings(context, from: partials))]
  }

  package static func combination(
    _ context: RuleContext, from partials: BlockPartials<Self>, after previous: PreviousCombination<Self>?
  ) -> (pieces: [FindingPiece], kept: Combination?) {
    (findingPieces(context, from: partials), nil)
  }

  package static func check(_ context: RuleContext) -> [Finding] {
    findings(context, from: BlockPartials(context.report.lineRegions.map { partial(context, in: $0) }))
  }
}

extension RegionalRule where Partial: Collection {
  /// A partial result that is a collection: when empty (most blocks' for most rules), as it is.
  package static func shifted(_ partial: Partial, by delta: Int) -> Partial {
    partial.isEmpty ? partial : moved(partial) { $0.shifted(by: delta) }
  }

  package static func isEmpty(_ partial: Partial) -> Bool { partial.isEmpty }

  package static var emptyPartialsAreAlike: Bool { true }
}

/// What a regional rule's combination is told of the previous run after an edit
/// (``RegionalRule/combination(_:from:after:)``).
package struct PreviousCombination<Rule: RegionalRule> {
  /// What the combination kept from the previous run.
  package let kept: Rule.Combination
  /// The previous run's partial results, one per block, as they were (not moved with the edits).
  package let partials: BlockPartials<Rule>
  /// For each block of this run, the index in `partials` of the previous block it is (moved with the edits, its
  /// partial result kept), `nil` for a block read afresh.
  package let blocks: [Int?]
  /// What the reader read again, and how the edits moved what it kept.
  package let change: ReadingChange
}

extension Report {
  /// The prologue, each section and the appendix, each widened to whole lines (a section from the start of its
  /// heading's line): one region more than there are sections, plus the appendix (empty when there is none).
  /// Together they cover the text, and an edit the reader re-reads in one section leaves the text of every region
  /// that does not overlap the re-read part as it was.
  package var lineRegions: [TextRange] {
    let end = text.count
    let tail = appendixStart.map(lineStart) ?? end
    var starts = [0] + sections.map { lineStart($0.heading.range.start) } + [tail, end]
    for index in starts.indices.dropFirst() { starts[index] = max(starts[index], starts[index - 1]) }
    return zip(starts, starts.dropFirst()).map { TextRange(start: $0, end: $1) }
  }

  private func lineStart(_ offset: Int) -> Int {
    text.lineStarts[text.line(containing: offset)]
  }
}
