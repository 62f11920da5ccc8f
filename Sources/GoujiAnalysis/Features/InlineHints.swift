import GoujiFormats
import GoujiRules
import GoujiText

/// Inline hints: beside a total that does not balance (or is empty), the value it should have (`= 13`), with the
/// sum as tooltip. The totals are the ones the balance diagnostics point at, and the value is their fix's.
enum InlineHintBuilder {
  /// Diagnostic code → the balancing rule whose total it reports.
  static let ruleByCode = ["GJ310": "R3-2", "GJ311": "R3-2", "GJ312": "R3-3", "GJ314": "R4"]

  static func hints(_ analysis: Analysis, in range: TextRange?) -> [InlineHint] {
    let context = RuleContext(report: analysis.report)
    var offsets: Set<Int> = []
    return analysis.diagnostics.compactMap { diagnostic in
      guard let ruleID = ruleByCode[diagnostic.code],
        let edit = diagnostic.fixes.flatMap(\.edits).first(where: { $0.range == diagnostic.range }),
        let expected = Int(edit.newText)
      else { return nil }
      let offset = diagnostic.range.end
      if let range, offset < range.start || offset > range.end { return nil }
      guard offsets.insert(offset).inserted else { return nil }
      return InlineHint(
        offset: offset, label: "= \(expected)", tooltip: tooltip(diagnostic, rule: ruleID, context: context))
    }
  }

  /// The sum behind the hint: `行合计（R3-2）：自然人 12 + 商业企业 1 + … = 13`.
  private static func tooltip(_ diagnostic: Diagnostic, rule: String, context: RuleContext) -> String? {
    guard let located = CellHover.cell(at: diagnostic.range.start, in: context),
      let equation = CellEquation.equations(
        row: located.row.key, column: located.column.key, table: located.table, context: context
      ).first(where: { $0.rule.id == rule })
    else { return nil }
    let hovered = CellKey(row: located.row.key, column: located.column.key)
    let writer = EquationText(context: context, table: located.table, language: .zh)
    return RichText(blocks: [.paragraph(writer.sumInlines(equation, hovered: hovered))]).plainText
  }
}
