import GoujiFormats
import GoujiSyntax

/// GJ312: table 三 R3-3 — （七）总计 differs from the sum of the outcome rows, in some column.
package enum OutcomeTotal: BalanceFindingRule {
  package static let metadata = RuleMetadata(
    code: "GJ312", name: "outcome-total", severity: .error, fixAvailability: .always,
    scope: .tables([.table3, .table4]),
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "（七）总计不等于各办理结果之和", en: "（七）总计 differs from the sum of the outcome rows"),
      checks:
        "表三每一列：（七）总计 = （一）予以公开 + （二）部分公开 + （三）1–8 + （四）1–3 + （五）1–5 + （六）（2021年格式为（六）1–3）（R3-3）。各结果行在该列全部空白时不报告（空单元格由 GJ305 报告）。某结果行的总计为空而 GJ311 已报告时，按 GJ311 给出的该行各列之和核对，不重复报告同一个空单元格；这个和是 gouji 算出的，不是表中所填，消息、相关位置和悬停提示在该数后注明“（总计未填写，按各列合计）”，发现的数据（SARIF 的 `properties.balance`、语言服务器的 `Diagnostic.data.balance`）中该项带 `\"derived\": true`。“一加二等于三加四”在该列成立时，消息会指出可疑的是结果行而不是总计。",
      why: "（七）总计是本年度办理结果的合计。常见错误是各结果行之和大于或小于（七）总计，而“第一项加第二项之和等于第三项加第四项之和”仍然成立，只核对表头注明的勾稽关系发现不了。",
      wrong: "（一）予以公开\t2 …\n（三）不予公开 1.属于国家秘密\t1 …\n（七）总计\t2 …",
      right: "（七）总计\t3 …",
      fix: "把（七）总计改为各结果行之和。总计为空而各结果行都已填写时为安全修复；改写已填写的总计是不安全修复（需确认）：填错的可能是总计，也可能是某个结果行。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号、〔2021〕30号表三的表格结构（“三、本年度办理结果”下各项与（七）总计）。")
    )
  )

  package static let balanceRole = BalanceRule.Role.outcomeTotal
  package static let balanceScope = BalanceScope.failed

  /// `（七）总计的“自然人”列应为3（…），实际填写2`; when the column's other sum (一 + 二 = （七）总计 + 四) holds, the
  /// total agrees with it and the message says the outcome rows are the suspect.
  package static func message(_ data: BalanceData, context: RuleContext) -> LocalizedText {
    let column = context.columnName(.table3, data.line)
    var (zh, en) = context.totalMessage(
      data, of: LocalizedText(zh: "（七）总计的“\(column)”列", en: "（七）总计 in the column “\(column)”"))
    if !data.cell.cell.isEmpty && columnBalanceHolds(on: data.line, context: context) {
      zh += "；该总计与“一加二等于三加四”相符，可能是某个办理结果行填错，而不是总计"
      en += "; this total agrees with 一 + 二 = （七）总计 + 四, so an outcome row is more likely wrong than the total"
    }
    return LocalizedText(zh: zh, en: en)
  }

  /// Whether 一 + 二 = （七）总计 + 四 holds on `column` with every cell of it read: a cell the reader could not read
  /// proves nothing, so the message then says nothing of that equation.
  private static func columnBalanceHolds(on column: String, context: RuleContext) -> Bool {
    guard let rule = context.balanceRule(.columnBalance),
      let equation = context.balance(.table3)?.equation(rule, on: column),
      let totals = equation.totals.arithmeticSum(), let parts = equation.parts.arithmeticSum()
    else { return false }
    return totals == parts
  }

  /// The outcome rows that are not 0: a column of 20-odd rows is mostly zeros.
  package static func related(_ data: BalanceData, context: RuleContext) -> [RelatedLocation] {
    data.parts.filter { ($0.cell.arithmeticValue ?? 0) != 0 }.map { part in
      let value = part.messageValue
      let name = context.termName(part, of: data.rule)
      return RelatedLocation(
        range: part.cell.range, message: LocalizedText(zh: name + value.zh, en: "\(name) \(value.en)"))
    }
  }
}
