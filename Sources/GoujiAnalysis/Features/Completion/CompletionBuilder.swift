import GoujiRules
import GoujiSyntax

/// Completion by place: inside table 二, 三 or 四 every label of the format ranked by position (table 三's rows
/// also as whole-row snippets), the empty table in a section that lacks it, and the section headings — all six on a
/// line that starts like one (`五、`), the missing ones elsewhere — each filtered by the typed text.
enum CompletionBuilder {
  static func completions(_ analysis: Analysis, at offset: Int, language: Language) -> CompletionResult {
    let report = analysis.report
    let context = CompletionContext(report: report, offset: offset)
    let typing = context.replaceRange
    // On a heading line the headings are already chosen by what follows the numbering.
    let headingLine = SectionCandidates.onHeadingLine(report.text[typing], language: language) ?? []
    let headings = headingLine.isEmpty ? SectionCandidates.missing(report, typing: typing, language: language) : []
    let candidates: [CompletionCandidate]
    switch context.place {
    case .table(.table2): candidates = LabelCandidates.table2(report, typing: typing)
    case .table(.table3): candidates = RowCandidates.table3(report, typing: typing, language: language)
    case .table(.table4): candidates = RowCandidates.table4(report, typing: typing) + headings
    case .outside: candidates = headings
    case .sectionWithoutTable(let id):
      candidates = [TableCandidates.emptyTable(id, report: report, language: language)] + headings
    }
    return CompletionResult(
      replaceRange: context.replaceRange,
      candidates: (candidates.filter { context.accepts($0.label) } + headingLine).sorted { $0.sortKey < $1.sortKey }
    )
  }
}
