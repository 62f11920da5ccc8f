import GoujiRules
import GoujiSyntax

/// Completion by place: the missing rows in table 三, table 二's headers and labels, the empty table in a section
/// that lacks it, and the missing section headings everywhere outside the tables — each filtered by the typed
/// prefix.
enum CompletionBuilder {
  static func completions(_ analysis: Analysis, at offset: Int, language: Language) -> CompletionResult {
    let report = analysis.report
    let layout = ReportLayout(report)
    let context = CompletionContext(report: report, offset: offset, layout: layout)
    var candidates: [CompletionCandidate] = []
    switch context.place {
    case .table(.table3):
      candidates = report.table3.map { LabelCandidates.table3(report, table: $0, typing: context.replaceRange) } ?? []
    case .table(.table2):
      candidates =
        report.table2.map {
          LabelCandidates.table2(report, table: $0, layout: layout, typing: context.replaceRange)
        } ?? []
    case .table(.table4): candidates = []
    case .sectionWithoutTable(let id):
      candidates =
        [TableCandidates.emptyTable(id, report: report, language: language)]
        + SectionCandidates.missing(report, language: language)
    case .outside: candidates = SectionCandidates.missing(report, language: language)
    }
    return CompletionResult(
      replaceRange: context.replaceRange,
      candidates: candidates.filter { context.accepts($0.label) }.sorted { $0.sortKey < $1.sortKey }
    )
  }
}
