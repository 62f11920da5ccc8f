import GoujiSyntax
import GoujiText

extension RowUnreadable {
  /// Tables whose header is cut into fragments by narrow columns the reader could not join
  /// (``ReadingProblem/Kind/tableHeaderCut(_:)``): the section holds the fragments and the numbers under them and no
  /// table; one warning per table, at its numbers. gouji could not read the table, which is not the report's error,
  /// so it is not GJ301.
  static func cutHeaderTables(_ context: RuleContext) -> [Finding] {
    unreadTables(context, { if case .tableHeaderCut(let table) = $0 { table } else { nil } }) { number, numeral in
      LocalizedText(
        zh: "第\(numeral)部分的统计表在文本中，但表头被过窄的列截成碎片、无法拼回，其下的数值无法确定各属于哪个单元格："
          + "本表无法可靠读取，不做核对；请对照原文核对表中数值",
        en: "Section \(number)'s table is in the text, but its header is cut into fragments by narrow "
          + "columns that cannot be joined again, so which cell each value under it belongs to cannot be known: "
          + "the table cannot be read reliably or checked; check its values against the original"
      )
    }
  }
}
