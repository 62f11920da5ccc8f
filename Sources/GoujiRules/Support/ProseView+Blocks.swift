import GoujiSyntax
import GoujiText

extension RuleContext {
  /// A ``ProseView`` of each piece of ``proseRanges`` inside `block` (whole lines of one region, a block of
  /// ``LineBlocks``), in text order, made once per context and block and shared by the regional prose rules (GJ405,
  /// GJ406, GJ504, GJ505) while the views kept stay within ``BlockViewCache/characterBudget``. A piece is a prose
  /// range cut at line starts, so a rule that reads lines or sentences (both end at a line break) finds in the pieces
  /// what it finds in the whole prose range.
  func proseViews(inBlock block: TextRange) -> [ProseView] {
    blockViewCache.views(for: block) { proseRanges(inBlock: block).map { ProseView(text, range: $0.range) } }
  }

  /// The pieces of ``proseRanges`` inside `block`, in text order, each with whether it starts its prose range.
  func proseRanges(inBlock block: TextRange) -> [(range: TextRange, startsProse: Bool)] {
    proseRanges.compactMap { prose in
      let (start, end) = (max(prose.start, block.start), min(prose.end, block.end))
      return start < end ? (TextRange(start: start, end: end), start == prose.start) : nil
    }
  }
}
