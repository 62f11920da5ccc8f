import GoujiFormats
import GoujiSyntax
import GoujiText

extension RuleContext {
  /// Where the report year is stated (the title's year), for related locations.
  package var reportYearLocation: RelatedLocation? {
    guard let year = report.reportYear else { return nil }
    let mention = report.yearMentions.first { $0.kind == .title } ?? report.yearMentions.first { $0.year == year }
    return mention.map {
      RelatedLocation(range: $0.range, message: LocalizedText(zh: "报告年度\(year)", en: "report year \(year)"))
    }
  }

  /// `2019年格式（试行）` / `2021年格式`: the format's display name from the format data.
  package func formatName(_ id: FormatID) -> LocalizedText {
    let name = ReportFormats.format(id).displayName
    return LocalizedText(zh: name.zh, en: name.en)
  }
}
