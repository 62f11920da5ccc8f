import GoujiFormats
import GoujiRules
import GoujiSyntax
import GoujiText

/// The editor features over an ``Analysis``. Each is a pure function of the analysis and a position, run with the
/// formats the report was read with in use (``Report/withItsFormats(_:)``).
package enum Features {
  /// Hover content at `offset`, or `nil` when there is nothing to say there.
  package static func hover(_ analysis: Analysis, at offset: Int, language: Language) -> HoverContent? {
    analysis.report.withItsFormats { HoverBuilder.hover(analysis, at: offset, language: language) }
  }

  /// Completion candidates at `offset`.
  package static func completions(_ analysis: Analysis, at offset: Int, language: Language) -> CompletionResult {
    analysis.report.withItsFormats { CompletionBuilder.completions(analysis, at: offset, language: language) }
  }

  /// The outline: sections, their tables, table 二's sub-tables and the tables' rows.
  package static func outline(_ analysis: Analysis) -> [OutlineItem] {
    analysis.report.withItsFormats { OutlineBuilder.outline(analysis) }
  }

  /// Foldable sections, tables, sub-tables and table 三's groups, properly nested.
  package static func foldingRanges(_ analysis: Analysis) -> [FoldingRegion] {
    analysis.report.withItsFormats { FoldingBuilder.regions(analysis) }
  }

  /// Semantic spans, in text order.
  package static func semanticSpans(_ analysis: Analysis) -> [SemanticSpan] {
    analysis.report.withItsFormats { SemanticSpanBuilder.spans(analysis) }
  }

  /// Inline hints in `range` (the whole text when `nil`).
  package static func inlineHints(_ analysis: Analysis, in range: TextRange?) -> [InlineHint] {
    analysis.report.withItsFormats { InlineHintBuilder.hints(analysis, in: range) }
  }
}
