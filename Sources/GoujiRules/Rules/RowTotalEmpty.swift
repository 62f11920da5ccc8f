import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ311: table 三 — applicant cells filled, 总计 empty.
package enum RowTotalEmpty: Rule {
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
      basis: "国办公开办函〔2019〕60号、〔2021〕30号表三的表格结构。"
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard let evaluator = context.balance(.table3), let rule = context.balanceRule("R3-2") else { return [] }
    return evaluator.table.rows.compactMap { row in
      guard let total = evaluator.cell(row.key, rule.fixTarget), total.cell.isEmpty else { return nil }
      let parts = rule.parts.compactMap { evaluator.cell(row.key, $0) }
      guard parts.count == rule.parts.count, parts.contains(where: { $0.cell.state == .written }) else { return nil }
      let values = parts.compactMap(\.cell.arithmeticValue)
      guard values.count == parts.count else { return nil }
      let sum = values.reduce(0, +)
      let name = context.rowName(.table3, row.key)
      return Finding(
        message: LocalizedText(zh: "“\(name)”的总计未填写，应为\(sum)", en: "The total of “\(name)” is empty; it should be \(sum)"),
        range: total.cell.range,
        fixes: [
          Fix(
            title: LocalizedText(zh: "填写\(sum)", en: "Fill in \(sum)"),
            isSafe: parts.allSatisfy { $0.cell.state == .written },
            edits: [TextEdit(range: total.cell.range, newText: String(sum))]
          )
        ]
      )
    }
  }
}
