import GoujiFormats
import GoujiRules
import GoujiStatutes
import GoujiSyntax

/// Completion candidates for the canonical section headings the report lacks.
enum SectionCandidates {
  static func missing(_ report: Report, language: Language) -> [CompletionCandidate] {
    ReportSections.all.filter { report.section($0.number) == nil }.map { spec in
      let numeral = spec.heading.prefix { $0 != "、" }
      var detail = language.pick("第\(numeral)部分", "Section \(spec.number)")
      if let table = spec.table { detail += language.pick("（含表\(numeral)）", " (holds table \(table.rawValue))") }
      let article = spec.number >= 2 ? ArticleReference(article: 50, item: spec.number - 1) : nil
      return CompletionCandidate(
        label: spec.heading, detail: detail, documentation: article?.markdown, insertText: spec.heading,
        isSnippet: false, plainInsertText: spec.heading, kind: .sectionHeading, sortKey: "2-" + sortKey(spec.number)
      )
    }
  }
}
