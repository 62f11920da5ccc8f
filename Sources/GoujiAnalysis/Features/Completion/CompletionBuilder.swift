import GoujiRules
import GoujiSyntax

/// Completion by place: the missing rows in table 三, table 二's headers and labels, the empty table in a section
/// that lacks it, and the missing section headings everywhere outside the tables — each filtered by the typed
/// prefix. Table 四 has no labels to type (its header is fixed), so there the section headings are offered.
enum CompletionBuilder {
  static func completions(_ analysis: Analysis, at offset: Int, language: Language) -> CompletionResult {
    let report = analysis.report
    let layout = ReportLayout(report)
    let context = CompletionContext(report: report, offset: offset, layout: layout)
    let typing = context.replaceRange
    let headings = SectionCandidates.missing(report, language: language)
    let candidates: [CompletionCandidate]
    switch context.place {
    case .table(.table2): candidates = LabelCandidates.table2(report, layout: layout, typing: typing)
    case .table(.table3): candidates = LabelCandidates.table3(report, typing: typing)
    case .table(.table4), .outside: candidates = headings
    case .sectionWithoutTable(let id):
      candidates = [TableCandidates.emptyTable(id, report: report, language: language)] + headings
    }
    return CompletionResult(
      replaceRange: context.replaceRange,
      candidates: candidates.filter { context.accepts($0.label) }.sorted { $0.sortKey < $1.sortKey }
    )
  }
}
