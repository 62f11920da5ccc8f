import GoujiFormats
import GoujiRules
import GoujiSyntax
import GoujiText

/// The editor features over an ``Analysis``. Each is a pure function of the analysis and a position.
package enum Features {
  /// Hover content at `offset`, or `nil` when there is nothing to say there.
  package static func hover(_ analysis: Analysis, at offset: Int, language: Language) -> HoverContent? {
    guard let diagnostic = analysis.diagnostics.first(where: { $0.range.contains(offset) || $0.range.start == offset }),
      let rule = RuleRegistry.rule(diagnostic.code)
    else { return nil }
    let documentation = rule.metadata.documentation
    let text = "\(diagnostic.code) \(rule.metadata.name): \(documentation.summary.text(language))\n\n\(documentation.checks)"
    return HoverContent(markdown: "**\(diagnostic.code)** `\(rule.metadata.name)`\n\n\(documentation.checks)", plainText: text, range: diagnostic.range)
  }

  /// Completion candidates at `offset`.
  package static func completions(_ analysis: Analysis, at offset: Int, language: Language) -> CompletionResult {
    let missing = ReportSections.all.filter { analysis.report.section($0.number) == nil }
    let candidates = missing.map { spec in
      CompletionCandidate(
        label: spec.heading, detail: "第\(ChineseNumeral.string(spec.number))部分", documentation: nil, insertText: spec.heading,
        isSnippet: false, plainInsertText: spec.heading, kind: .sectionHeading, sortKey: String(spec.number)
      )
    }
    return CompletionResult(replaceRange: TextRange(emptyAt: offset), candidates: candidates)
  }

  /// The outline: sections, and the tables inside them.
  package static func outline(_ analysis: Analysis) -> [OutlineItem] {
    analysis.report.sections.map { section in
      OutlineItem(
        name: ChineseNumeral.string(section.number) + "、" + section.heading.title, detail: nil, kind: .section,
        range: section.heading.range.union(section.bodyRange), selectionRange: section.heading.range, children: []
      )
    }
  }

  /// Foldable sections.
  package static func foldingRanges(_ analysis: Analysis) -> [FoldingRegion] {
    let text = analysis.text
    return analysis.report.sections.compactMap { section in
      let start = text.line(containing: section.heading.range.start)
      let end = text.line(containing: max(section.bodyRange.start, section.bodyRange.end - 1))
      return end > start ? FoldingRegion(startLine: start, endLine: end, kind: .region) : nil
    }
  }

  /// Semantic spans, in text order.
  package static func semanticSpans(_ analysis: Analysis) -> [SemanticSpan] {
    analysis.report.sections.map { SemanticSpan(range: $0.heading.range, kind: .heading, modifiers: []) }
  }

  /// Inline hints in `range` (the whole text when `nil`).
  package static func inlineHints(_ analysis: Analysis, in range: TextRange?) -> [InlineHint] {
    []
  }
}
