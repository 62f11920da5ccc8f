import GoujiFormats
import GoujiSyntax

/// GJ312: table 三 R3-3 — （七）总计 differs from the sum of the outcome rows, in some column.
package enum OutcomeTotal: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ312", name: "outcome-total", severity: .error, fixAvailability: .always,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "（七）总计不等于各办理结果之和", en: "（七）总计 differs from the sum of the outcome rows"),
      checks: "表三每一列：（七）总计 = （一）予以公开 + （二）部分公开 + （三）1–8 + （四）1–3 + （五）1–5 + （六）（2021年格式为（六）1–3）（R3-3）。",
      why: "（七）总计是本年度办理结果的合计。常见错误是各结果行之和大于或小于（七）总计，而“第一项加第二项之和等于第三项加第四项之和”仍然成立，只核对表头注明的勾稽关系发现不了。",
      wrong: "（一）予以公开\t2 …\n（三）不予公开 1.属于国家秘密\t1 …\n（七）总计\t2 …",
      right: "（七）总计\t3 …",
      fix: "把（七）总计改为各结果行之和。结果行有非零数值时为安全修复，全为0时为不安全修复。",
      basis: "国办公开办函〔2019〕60号、〔2021〕30号表三的表格结构（“三、本年度办理结果”下各项与（七）总计）。"
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard let evaluator = context.balance(.table3), let rule = context.balanceRule("R3-3"),
      let rowRule = context.balanceRule("R3-2")
    else { return [] }
    let rowFailures = context.imbalances[rowRule.id] ?? []
    return (context.imbalances[rule.id] ?? []).compactMap { imbalance in
      guard let target = imbalance.target else { return nil }
      // The (七)总计 / 总计 cell is also a row total: when R3-2 fails there too, GJ310 says it once.
      if rowFailures.contains(where: { $0.target?.row == target.row && $0.target?.column == target.column }),
        !target.cell.isEmpty
      {
        return nil
      }
      let column = context.columnName(.table3, imbalance.line)
      let addends = context.addendList(imbalance.parts) { context.rowName(.table3, $0.row) }
      let written = context.writtenValue(target.cell)
      return Finding(
        message: LocalizedText(
          zh: "（七）总计的“\(column)”列应为 \(imbalance.partsValue)（\(addends.zh)），\(written.zh)",
          en: "（七）总计 in the column “\(column)” should be \(imbalance.partsValue) (\(addends.en)); \(written.en)"
        ),
        range: target.cell.range,
        related: imbalance.parts.filter { ($0.cell.arithmeticValue ?? 0) != 0 }.map { part in
          let text = "\(context.rowName(.table3, part.row)) \(part.cell.arithmeticValue ?? 0)"
          return RelatedLocation(range: part.cell.range, message: LocalizedText(zh: text, en: text))
        },
        fixes: [context.setTotalFix(target, to: imbalance.partsValue, partsHoldData: imbalance.partsValue != 0)]
      )
    }
  }
}
