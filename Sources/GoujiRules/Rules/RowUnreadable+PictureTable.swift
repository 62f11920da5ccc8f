import GoujiSyntax
import GoujiText

extension RowUnreadable {
  /// Tables published as pictures (``ReadingProblem/Kind/tablePicture(_:)``): the section holds a picture's trace
  /// where its table belongs and no table; one warning per table, at the trace. gouji could not read the table, which
  /// is not the report's error, so it is not GJ301.
  static func pictureTables(_ context: RuleContext) -> [Finding] {
    unreadTables(context, { if case .tablePicture(let table) = $0 { table } else { nil } }) { number, numeral in
      LocalizedText(
        zh: "第\(numeral)部分的统计表是一张图片，文本中只有图片的痕迹，没有表格的文字：本表无法读取，不做核对；"
          + "请对照原文核对表中数值",
        en: "Section \(number)'s table is a picture: the text holds only the picture's trace, none "
          + "of the table's text, so the table cannot be read or checked; check its values against the original"
      )
    }
  }
}
