import GoujiFormats
import GoujiRules
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// The hover of a citation: a format notice the report cites (its description), or an article of the regulation
/// (its text).
enum CitationHover {
  static func content(at offset: Int, report: Report, language: Language) -> (RichText, TextRange)? {
    if let notice = report.notices.first(where: { $0.range.contains(offset) }) {
      let format = ReportFormats.format(notice.format)
      var text = RichText()
      text.heading(language.pick("格式通知", "Format notice"))
      text.prepared(markdown: format.noticeMarkdown, plain: format.noticePlainText)
      return (text, notice.range)
    }
    guard let citation = CitationFinder.citation(at: offset, in: report.text.string) else { return nil }
    var text = RichText()
    text.heading(language.pick("法规条文", "Statute"))
    text.prepared(markdown: citation.markdown, plain: citation.plainText)
    return (text, TextRange(start: citation.range.lowerBound, end: citation.range.upperBound))
  }
}
