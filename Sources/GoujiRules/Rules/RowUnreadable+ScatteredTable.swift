import GoujiSyntax
import GoujiText

extension RowUnreadable {
  /// Tables scattered by PDF text in reading order (``ReadingProblem/Kind/tableScattered(_:)``): the section holds
  /// the table's headers, labels and values on lines of their own, out of the table's order, and no table was read;
  /// one warning per table, at the first line of its labels. gouji could not read the table, which is not the
  /// report's error, so it is not GJ301.
  static func scatteredTables(_ context: RuleContext) -> [Finding] {
    unreadTables(context, { if case .tableScattered(let table) = $0 { table } else { nil } }) { number, numeral in
      LocalizedText(
        zh: "第\(numeral)部分的统计表在文本中，但表头、行标签和数值各占一行、次序打乱（按阅读顺序提取的PDF文本如此）："
          + "本表无法可靠读取，不做核对；请对照原文核对表中数值",
        en: "Section \(number)'s table is in the text, but its headers, row labels and values stand "
          + "on lines of their own, out of the table's order (PDF text in reading order writes it so): the table "
          + "cannot be read reliably or checked; check its values against the original"
      )
    }
  }
}
