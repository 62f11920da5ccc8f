import GoujiFormats
import GoujiRules
import GoujiText

extension Language {
  /// `zh` or `en` according to the language: headings and connecting words of the features (statutory text and
  /// table labels stay Chinese).
  func pick(_ zh: String, _ en: String) -> String {
    self == .en ? en : zh
  }
}

extension TableID {
  /// `表三` / `Table 三`.
  func shortName(_ language: Language) -> String {
    let numeral = ChineseNumeral.string(rawValue)
    return language.pick("表\(numeral)", "Table \(numeral)")
  }

  /// The table's title as the outline shows it: `表三 收到和处理政府信息公开申请情况`.
  var outlineName: String {
    let title = ReportSections.spec(sectionNumber)?.title ?? ""
    return "表\(ChineseNumeral.string(rawValue)) \(title)"
  }
}
