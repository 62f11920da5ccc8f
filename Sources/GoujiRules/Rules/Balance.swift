import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ313: table 三 R3-1 — 一 + 二 ≠ （七）总计 + 四, in some column.
package enum Balance: BalanceFindingRule {
  package static let metadata = RuleMetadata(
    code: "GJ313", name: "balance", severity: .error, fixAvailability: .sometimes,
    scope: .tables([.table3, .table4]),
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "表三某列不满足“一加二等于三加四”", en: "一 + 二 ≠ （七）总计 + 四 in some column"),
      checks:
        "表三每一列（含总计列）：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理（R3-1，即表头注明的勾稽关系）。某列的不平衡若完全由该列（七）总计填错（GJ312）或某行总计填错（GJ310）造成，只报告那一处，不重复报告。",
      why: "这是表格自身注明的勾稽关系：“第一项加第二项之和，等于第三项加第四项之和”。本年收到的和上年结转的申请，要么本年办结，要么结转下年。",
      wrong: "一、本年新收\t5 …\n二、上年结转\t1 …\n（七）总计\t4 …\n四、结转下年度继续办理\t0 …",
      right: "四、结转下年度继续办理\t2 …",
      fix: "当一 + 二 − （七）总计不为负数时，提供把“四、结转下年度继续办理”改为该值的修复。哪一项填错只有填报人知道，因此为不安全修复。",
      basis: RuleBasis(note: "表三表头注：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”（国办公开办函〔2019〕60号、〔2021〕30号）。")
    )
  )

  package static let balanceRole = BalanceRule.Role.columnBalance
  package static let balanceScope = BalanceScope.failed

  /// `“自然人”列不平衡：一+二=3+0=3，而（七）总计+四=1+1=2`.
  package static func message(_ data: BalanceData, context: RuleContext) -> LocalizedText {
    let column = context.columnName(.table3, data.line)
    let left = side(data.parts, sum: data.partsValue, context: context)
    let right = side(data.totals, sum: data.totalValue, context: context)
    return LocalizedText(
      zh: "“\(column)”列不平衡：\(left.withoutSpaces)，而\(right.withoutSpaces)",
      en: "The column “\(column)” does not balance: \(left), but \(right)"
    )
  }

  /// `一 + 二 = 3 + 0 = 3`.
  private static func side(_ terms: [CellRef], sum: Int, context: RuleContext) -> String {
    let names = terms.map { context.shortRowName($0.row) }.joined(separator: " + ")
    let values = terms.map { String($0.cell.arithmeticValue ?? 0) }.joined(separator: " + ")
    return "\(names) = \(values) = \(sum)"
  }

  /// The other cells of the equation, by their short names (`一3`, `二0`, `（七）总计1`).
  package static func related(_ data: BalanceData, context: RuleContext) -> [RelatedLocation] {
    (data.parts + data.totals).filter { CellKey($0) != CellKey(data.cell) }.map { term in
      let text = "\(context.shortRowName(term.row)) \(term.cell.arithmeticValue ?? 0)"
      return RelatedLocation(range: term.cell.range, message: LocalizedText(zh: text.withoutSpaces, en: text))
    }
  }

  /// Setting the carry-over to what balances the column, when that is not negative; unsafe: which of the four is
  /// wrong only the writer knows.
  package static func fixes(_ data: BalanceData, context: RuleContext) -> [Fix] {
    guard let expected = data.expected else { return [] }
    let name = context.rowName(.table3, data.cell.row)
    return [
      Fix(
        title: LocalizedText(zh: "把“\(name)”改为\(expected)", en: "Set “\(name)” to \(expected)"),
        isSafe: false, edits: [TextEdit(range: data.cell.cell.range, newText: String(expected))]
      )
    ]
  }
}
