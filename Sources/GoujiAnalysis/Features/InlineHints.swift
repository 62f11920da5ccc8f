import GoujiFormats
import GoujiRules
import GoujiText

/// Inline hints: beside a total that does not balance (or is empty), the value it should have (`= 13`), with the
/// sum as tooltip. Both come from the balance findings' data (``BalanceData``): the hint is where a finding is on a
/// whole total; a term of a total side of several cells (R3-1's carry-over) gets none, since which term is wrong
/// only the writer knows.
enum InlineHintBuilder {
  static func hints(_ analysis: Analysis, in range: TextRange?) -> [InlineHint] {
    let context = RuleContext(report: analysis.report)
    var offsets: Set<Int> = []
    return analysis.diagnostics.compactMap { diagnostic in
      guard let data = diagnostic.data?.balance, data.cellIsTheTotal, let expected = data.expected else { return nil }
      let offset = data.cell.cell.range.end
      if let range, offset < range.start || offset > range.end { return nil }
      guard offsets.insert(offset).inserted else { return nil }
      return InlineHint(offset: offset, label: "= \(expected)", tooltip: tooltip(data, context: context))
    }
  }

  /// The sum behind the hint: `行合计（R3-2）：自然人 12 + 商业企业 1 + … = 13`.
  private static func tooltip(_ data: BalanceData, context: RuleContext) -> String {
    let writer = EquationText(context: context, table: data.rule.table, language: .zh)
    let inlines = writer.sumInlines(CellEquation(data), hovered: CellKey(data.cell))
    return RichText(blocks: [.paragraph(inlines)]).plainText
  }
}
