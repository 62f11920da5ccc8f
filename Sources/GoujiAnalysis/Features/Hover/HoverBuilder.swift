import GoujiRules
import GoujiText

/// Puts a hover together from everything that applies at a position: the diagnostics there first (narrowest
/// first), then the one thing the text is — a cell, a label or header, or a citation.
enum HoverBuilder {
  static func hover(_ analysis: Analysis, at offset: Int, language: Language) -> HoverContent? {
    let text = analysis.text
    guard offset >= 0, offset <= text.count else { return nil }
    let offset = text.scalarBoundary(atOrBefore: offset)
    let found = DiagnosticHover.diagnostics(at: offset, in: analysis.diagnostics)
    let diagnostics = found.map { (DiagnosticHover.content($0, language: language), $0.range) }
    let reported = found.compactMap { $0.data?.balance }
    let subject = subject(analysis, at: offset, language: language, reported: reported)
    let parts = diagnostics + (subject.map { [$0] } ?? [])
    guard !parts.isEmpty else { return nil }
    let range = subject?.1 ?? diagnostics[0].1
    return HoverContent(
      markdown: parts.map(\.0.markdown).joined(separator: "\n\n---\n\n"),
      plainText: parts.map(\.0.plainText).joined(separator: "\n\n"),
      range: range
    )
  }

  /// What the text at `offset` is, and its range; `reported` is the balance data of the findings there.
  private static func subject(
    _ analysis: Analysis, at offset: Int, language: Language, reported: [BalanceData]
  ) -> (RichText, TextRange)? {
    let context = RuleContext(report: analysis.report)
    if let located = CellHover.cell(at: offset, in: context) {
      let content = CellHover.content(located, context: context, language: language, reported: reported)
      return (content, located.cell.range)
    }
    if context.tablesApply,
      let found = LabelHover.label(at: offset, report: analysis.report, layout: ReportLayout(analysis.report))
    {
      return (LabelHover.content(found, report: analysis.report, language: language), found.range)
    }
    return CitationHover.content(at: offset, report: analysis.report, language: language)
  }
}
