import GoujiFormats
import GoujiSyntax

/// GJ311: table 三 — applicant cells filled, 总计 empty.
package enum RowTotalEmpty: BalanceFindingRule {
  package static let metadata = RuleMetadata(
    code: "GJ311", name: "row-total-empty", severity: .warning, fixAvailability: .always,
    scope: .tables([.table3, .table4]),
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "表三某行填写了申请人各列但总计为空", en: "Applicant cells filled, 总计 empty"),
      checks: "表三每一行：六类申请人列已填写（含填0），而总计列为空。",
      why: "总计为空不等于总计错误：数值可以由各列求出，但表格应当完整填写。",
      wrong: "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t（空）",
      right: "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0",
      fix: "以各列之和填写总计。六列都已填写（含填0）时为安全修复；有空列时为不安全修复（需确认）：空列可能不是0。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号、〔2021〕30号表三的表格结构。")
    )
  )

  package static let balanceRole = BalanceRule.Role.rowTotal
  package static let balanceScope = BalanceScope.emptyTotal

  /// `“四、结转下年度继续办理”的总计未填写，应为0`.
  package static func message(_ data: BalanceData, context: RuleContext) -> LocalizedText {
    let name = context.rowName(.table3, data.line)
    return LocalizedText(
      zh: "“\(name)”的总计未填写，应为\(data.partsValue)", en: "The total of “\(name)” is empty; it should be \(data.partsValue)"
    )
  }

  /// None: the message names the value, and the parts are the rest of the row.
  package static func related(_ data: BalanceData, context: RuleContext) -> [RelatedLocation] { [] }
}
