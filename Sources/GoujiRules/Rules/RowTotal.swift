import GoujiFormats
import GoujiSyntax

/// GJ310: table 三 R3-2 — a row's 总计 differs from the sum of its six applicant cells.
package enum RowTotal: BalanceFindingRule {
  package static let metadata = RuleMetadata(
    code: "GJ310", name: "row-total", severity: .error, fixAvailability: .always,
    scope: .tables([.table3, .table4]),
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "表三某行的总计不等于六类申请人之和", en: "A row's 总计 differs from the sum of its applicant cells"),
      checks: "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他（R3-2）。空单元格按0计算（另行报告）；总计为空而申请人列已填写的，由 GJ311 报告。",
      why: "总计是本行各类申请人的合计，填写不一致说明数据有误，常见情形是只填了总计而没有分列到各类申请人。",
      wrong: "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t3",
      right: "一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3",
      fix: "把总计改为各列之和。这是不安全修复（需确认）：填错的可能是总计，也可能是某一类申请人，只有填报人知道；重算总计会把申请人列的笔误固定下来。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号、〔2021〕30号表三的表格结构（总计列为各类申请人之和）。")
    )
  )

  package static let balanceRole = BalanceRule.Role.rowTotal
  package static let balanceScope = BalanceScope.failedWithWrittenTotal

  /// `“一、本年新收…”的总计应为13（自然人12+商业企业1），实际填写3`; when the cell is also a column total whose sum
  /// differs (（七）总计), that sum too, since this finding is the only one on the cell.
  package static func message(_ data: BalanceData, context: RuleContext) -> LocalizedText {
    let row = context.rowName(.table3, data.line)
    var (zh, en) = context.totalMessage(data, of: LocalizedText(zh: "“\(row)”的总计", en: "The total of “\(row)”"))
    let column = BalanceCheck.otherTotalFailures(at: data, context: context).first { $0.rule.axis == .eachColumn }
    if let column, column.partsValue != data.partsValue {
      zh += "；按各办理结果行合计则应为\(column.partsValue)"
      en += "; the outcome rows add up to \(column.partsValue)"
    }
    return LocalizedText(zh: zh, en: en)
  }
}
