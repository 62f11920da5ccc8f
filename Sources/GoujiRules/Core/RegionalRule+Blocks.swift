import GoujiSyntax
import GoujiText

extension RegionalRule {
  /// The partial result of each block of `blocks`, carried over from `previous` (``BlockPartials``) or read, and how
  /// many blocks were read.
  package static func partials(
    _ context: RuleContext, in blocks: LineBlocks, previous: BlockPartials<Self>?, after change: ReadingChange?
  ) -> (partials: BlockPartials<Self>, read: Int) {
    BlockPartials<Self>.carried(context, in: blocks, previous: previous, after: change)
  }
}
