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

  /// `2019年格式（试行）` / `2021年格式`.
  package func formatName(_ id: FormatID) -> LocalizedText {
    switch id {
    case .format2019: LocalizedText(zh: "2019年格式（试行）", en: "the 2019 format")
    case .format2021: LocalizedText(zh: "2021年格式", en: "the 2021 format")
    }
  }
}
