import GoujiFormats
import GoujiSyntax

/// GJ314: table 四 R4 — a group's 总计 differs from 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
package enum ReviewTotal: Rule {
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
      basis: "《条例》第五十一条；国办公开办函〔2019〕60号、〔2021〕30号表四。"
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.balance(.table4) != nil, let rule = context.balanceRule("R4") else { return [] }
    return (context.imbalances[rule.id] ?? []).compactMap { imbalance in
      guard let target = imbalance.target else { return nil }
      let group = context.rowName(.table4, imbalance.line)
      let addends = context.addendList(imbalance.parts) { context.columnName(.table4, $0.column) }
      let written = context.writtenValue(target.cell)
      return Finding(
        message: LocalizedText(
          zh: "\(group)的总计应为\(imbalance.partsValue)（\(addends.zh)），\(written.zh)",
          en: "The total of \(group) should be \(imbalance.partsValue) (\(addends.en)); \(written.en)"
        ),
        range: target.cell.range,
        related: imbalance.parts.map { part in
          let name = context.columnName(.table4, part.column)
          let value = part.cell.arithmeticValue ?? 0
          return RelatedLocation(range: part.cell.range, message: LocalizedText(zh: "\(name)\(value)", en: "\(name) \(value)"))
        },
        fixes: [context.setTotalFix(target, to: imbalance.partsValue, parts: imbalance.parts)]
      )
    }
  }
}
