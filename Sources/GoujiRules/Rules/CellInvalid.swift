import GoujiFormats
import GoujiSyntax

/// GJ306: a value that is not a number, negative outside 本年增/减, a decimal in a count, a unit in a count cell.
package enum CellInvalid: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ306", name: "cell-invalid", severity: .error, fixAvailability: .sometimes,
    scope: .allTables,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "单元格的值不符合该列的要求", en: "A value does not fit its column"),
      checks:
        "计数列只能是非负整数；只有表二的“本年增/减”可以带正负号；只有金额列（采购总金额、本年收费金额）可以有小数和单位（元、万元）。“无”等文字不是数值：“无”核对时按0计算，仍提示应填0；单独的“—”“/”视同空单元格（见GJ305）。数值后带注释标记（“87*”“399②”“12注”）也不是数值：注释应写在表下，单元格只填数值。",
      why: "统计表的数值要能汇总和核对。文字、负数或带单位的计数无法参与计算。",
      wrong: "行政许可\t无",
      right: "行政许可\t0",
      fix:
        "“无”“〇”：以0替换，为安全修复（核对时已按0计算，填报人的意思就是没有）；单元格前后不是空白或表格竖线时（如“〇1”）不提供，因为写成0会与相邻的数字连成另一个数。其他情形无自动修复：正确的数值只有填报人知道。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号、〔2021〕30号规定的表格格式。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    // By index, so that only a cell with a problem is copied out of the row (``CellEmpty`` does the same).
    context.allCells.flatMap { row in
      row.indices.compactMap { index -> Finding? in
        guard row[index].cell.state == .written,
          let problem = problem(row[index].cell.text, kind: row[index].column.kind)
        else { return nil }
        return finding(row[index], problem: problem, context: context)
      }
    }
  }

  /// The finding at `located`, with the safe fix of a `无` or `〇` that stands apart.
  private static func finding(_ located: LocatedCell, problem: LocalizedText, context: RuleContext) -> Finding {
    let zeroFix = problem == zeroWordProblem ? zeroFix(located.cell, in: context.report.text) : nil
    return Finding(
      message: LocalizedText(
        zh: "\(context.rowTitle(located))的“\(located.column.label)”为“\(located.cell.text.singleLine)”：\(problem.zh)",
        en: "\(context.rowTitle(located)), “\(located.column.label)”: “\(located.cell.text.singleLine)” \(problem.en)"
      ),
      range: located.cell.range,
      fixes: zeroFix.map { [$0] } ?? []
    )
  }

  /// What is wrong with `text` in a column of `kind`, or `nil`.
  static func problem(_ text: String, kind: ValueKind) -> LocalizedText? {
    // Most written cells are plain numbers, which every column takes: said without the word and mark tests below,
    // which compare strings (1,200 instructions a cell).
    if isPlainNumber(text) { return nil }
    // `无` or `〇` in a count says none: the sums read it as 0, and the cell should say so in the format's way.
    if Cell.countsAsZero(text), !kind.isAmount { return zeroWordProblem }
    return otherProblem(text, kind: kind)
  }

  /// The problem of a count cell written `无` or `〇`, the one a safe fix mends.
  static let zeroWordProblem = LocalizedText(zh: "不是数值，核对时按0计算，应填0", en: "is not a number; counted as 0, write 0")

  /// What is wrong with `text`, which is not `无` or `〇` in a count, or `nil`.
  private static func otherProblem(_ text: String, kind: ValueKind) -> LocalizedText? {
    if let mark = Cell.footnoteMark(of: text) {
      return LocalizedText(
        zh: "数值后带有注释标记“\(mark)”，不是数值：单元格只填数值，注释写在表下",
        en: "has a footnote mark “\(mark)” after its number, so it is not a number: write the number alone, the note "
          + "under the table")
    }
    switch kind {
    case .count:
      if let value = CellValueParser.integer(text) {
        if value < 0 { return LocalizedText(zh: "计数不能为负数", en: "is negative; counts cannot be") }
        if text.hasPrefix("+") { return LocalizedText(zh: "计数不带正负号", en: "has a sign; counts do not") }
        return nil
      }
      if CellValueParser.amount(text, units: ["元", "万元", "件", "个", "条", "项"]) != nil {
        return text.contains(".")
          ? LocalizedText(zh: "计数不能有小数", en: "has decimals; counts cannot")
          : LocalizedText(zh: "计数单元格不写单位", en: "has a unit; count cells take none")
      }
      return LocalizedText(zh: "不是数值", en: "is not a number")
    case .signedChange:
      return CellValueParser.integer(text) == nil ? LocalizedText(zh: "应为整数（可带正负号）", en: "is not a whole number") : nil
    case .amount(let units):
      return CellValueParser.amount(text, units: units) == nil
        ? LocalizedText(zh: "不是金额（数字，可带小数和单位\(units.joined(separator: "、"))）", en: "is not an amount") : nil
    }
  }

  /// Whether `text` is 1 to 15 ASCII digits: a count ``CellValueParser/integer(_:)`` reads as a non-negative number
  /// without a sign, and an amount without a unit; neither a word that counts as 0 nor a number with a footnote mark.
  static func isPlainNumber(_ text: String) -> Bool {
    let utf8 = text.utf8
    return !utf8.isEmpty && utf8.count <= 15 && utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }
}

extension ValueKind {
  /// Whether the column holds money (`元`, `万元`).
  fileprivate var isAmount: Bool {
    if case .amount = self { true } else { false }
  }
}
