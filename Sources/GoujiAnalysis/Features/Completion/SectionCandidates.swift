import GoujiFormats
import GoujiRules
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// Completion candidates for the canonical section headings: those the report lacks, or, on a heading line, all six.
enum SectionCandidates {
  /// The headings the report lacks. A section whose heading is the prefix being typed (`五、存` is read as a
  /// heading already) counts as missing.
  static func missing(_ report: Report, typing: TextRange, language: Language) -> [CompletionCandidate] {
    ReportSections.all.filter { spec in
      guard let section = report.section(spec.number) else { return true }
      return !typing.isEmpty && section.heading.range.overlaps(typing)
    }.map { candidate($0, language: language, sortKey: "2-" + sortKey($0.number)) }
  }

  /// On a heading line (the typed text starts with `一、` … `六、`): the section titles whose wording contains what
  /// follows the numbering — all six after a bare `五、` — the one of that number first. They replace the numbering
  /// too, so a wrong number can be corrected. `nil` on any other line.
  static func onHeadingLine(_ typed: String, language: Language) -> [CompletionCandidate]? {
    let folded = CharacterFolding.normalizeAndTrim(typed)
    guard let mark = folded.firstIndex(of: "、"), let number = ChineseNumeral.value(folded[..<mark]),
      ReportSections.spec(number) != nil
    else { return nil }
    let words = folded[folded.index(after: mark)...]
    return ReportSections.all.filter { words.isEmpty || $0.heading.contains(words) }.map { spec in
      candidate(spec, language: language, sortKey: (spec.number == number ? "0-" : "1-") + sortKey(spec.number))
    }
  }

  private static func candidate(_ spec: SectionSpec, language: Language, sortKey: String) -> CompletionCandidate {
    let numeral = spec.heading.prefix { $0 != "、" }
    var detail = language.pick("第\(numeral)部分", "Section \(spec.number)")
    if let table = spec.table { detail += language.pick("（含表\(numeral)）", " (holds table \(table.rawValue))") }
    let article = spec.number >= 2 ? ArticleReference(article: 50, item: spec.number - 1) : nil
    return CompletionCandidate(
      label: spec.heading, detail: detail, documentation: article?.markdown, insertText: spec.heading,
      isSnippet: false, plainInsertText: spec.heading, kind: .sectionHeading, sortKey: sortKey
    )
  }
}
