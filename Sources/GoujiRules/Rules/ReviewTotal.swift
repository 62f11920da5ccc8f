import GoujiFormats
import GoujiStatutes
import GoujiSyntax

/// GJ314: table 四 R4 — a group's 总计 differs from 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
package enum ReviewTotal: BalanceFindingRule {
  package static let metadata = RuleMetadata(
    code: "GJ314", name: "review-total", severity: .error, fixAvailability: .always,
    scope: .tables([.table3, .table4]),
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "表四某组的总计不等于各结果之和", en: "A table 四 group's 总计 differs from its parts"),
      checks: "表四的行政复议、未经复议直接起诉、复议后起诉三组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结（R4）。",
      why: "每一件行政复议或行政诉讼，要么已有结果（维持、纠正、其他），要么尚未审结，总计应当等于四者之和。",
      wrong: "行政复议：结果维持 1，结果纠正 0，其他结果 0，尚未审结 1，总计 1",
      right: "行政复议：……，总计 2",
      fix: "把总计改为各项之和。总计为空而各项都已填写时为安全修复；改写已填写的总计是不安全修复（需确认）：填错的可能是总计，也可能是某一项。",
      basis: RuleBasis(
        [ArticleReference(article: 51)],
        note: "；国办公开办函〔2019〕60号、〔2021〕30号表四。"
      )
    )
  )

  package static let balanceRole = BalanceRule.Role.groupTotal
  package static let balanceScope = BalanceScope.failed

  /// `行政复议的总计应为2（结果维持1+尚未审结1），实际填写1`.
  package static func message(_ data: BalanceData, context: RuleContext) -> LocalizedText {
    let group = context.rowName(.table4, data.line)
    let (zh, en) = context.totalMessage(data, of: LocalizedText(zh: "\(group)的总计", en: "The total of \(group)"))
    return LocalizedText(zh: zh, en: en)
  }
}
