import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ313: table 三 R3-1 — 一 + 二 ≠ （七）总计 + 四, in some column.
package enum Balance: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ313", name: "balance", severity: .error, fixAvailability: .sometimes,
    scope: .tables([.table3, .table4]),
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "表三某列不满足“一加二等于三加四”", en: "一 + 二 ≠ （七）总计 + 四 in some column"),
      checks: "表三每一列（含总计列）：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理（R3-1，即表头注明的勾稽关系）。某列的不平衡若完全由该列（七）总计填错（GJ312）或某行总计填错（GJ310）造成，只报告那一处，不重复报告。",
      why: "这是表格自身注明的勾稽关系：“第一项加第二项之和，等于第三项加第四项之和”。本年收到的和上年结转的申请，要么本年办结，要么结转下年。",
      wrong: "一、本年新收\t5 …\n二、上年结转\t1 …\n（七）总计\t4 …\n四、结转下年度继续办理\t0 …",
      right: "四、结转下年度继续办理\t2 …",
      fix: "当一 + 二 − （七）总计不为负数时，提供把“四、结转下年度继续办理”改为该值的修复。哪一项填错只有填报人知道，因此为不安全修复。",
      basis: "表三表头注：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”（国办公开办函〔2019〕60号、〔2021〕30号）。"
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard let evaluator = context.balance(.table3), let rule = context.balanceRule("R3-1"),
      !(context.imbalances[rule.id] ?? []).isEmpty
    else { return [] }
    let corrected = correctedTotals(evaluator, context: context)
    let stillFailing = Set(evaluator.imbalances(rule, overrides: corrected).map(\.line))
    return (context.imbalances[rule.id] ?? []).filter { stillFailing.contains($0.line) }.compactMap { imbalance in
      guard let carryOver = evaluator.cell(rule.fixTarget, imbalance.line) else { return nil }
      let value: (String) -> Int = { row in evaluator.cell(row, imbalance.line)?.cell.arithmeticValue ?? 0 }
      let column = context.columnName(.table3, imbalance.line)
      let left = "一 + 二 = \(value("new")) + \(value("carried")) = \(imbalance.partsValue)"
      let right = "（七）总计 + 四 = \(value("outcomeTotal")) + \(value("carryOver")) = \(imbalance.totalValue)"
      let (leftZh, rightZh) = (left.withoutSpaces, right.withoutSpaces)
      let expected = imbalance.partsValue - value("outcomeTotal")
      return Finding(
        message: LocalizedText(zh: "“\(column)”列不平衡：\(leftZh)，而\(rightZh)", en: "The column “\(column)” does not balance: \(left), but \(right)"),
        range: carryOver.cell.range,
        related: (imbalance.parts + imbalance.totals).filter { $0.row != rule.fixTarget }.map { part in
          let text = "\(context.shortRowName(part.row)) \(part.cell.arithmeticValue ?? 0)"
          return RelatedLocation(range: part.cell.range, message: LocalizedText(zh: text.withoutSpaces, en: text))
        },
        fixes: expected < 0
          ? []
          : [
            Fix(
              title: LocalizedText(zh: "把“四、结转下年度继续办理”改为\(expected)", en: "Set “四、结转下年度继续办理” to \(expected)"),
              isSafe: false, edits: [TextEdit(range: carryOver.cell.range, newText: String(expected))]
            )
          ]
      )
    }
  }

  /// The values the row and column totals would have if GJ310 and GJ312 were fixed: an R3-1 failure that these
  /// explain is not reported again.
  private static func correctedTotals(_ evaluator: BalanceEvaluator, context: RuleContext) -> [CellKey: Int] {
    var overrides: [CellKey: Int] = [:]
    for id in ["R3-2", "R3-3"] {
      guard let rule = context.balanceRule(id) else { continue }
      for imbalance in context.imbalances[rule.id] ?? [] {
        if let target = imbalance.target { overrides[CellKey(target)] = imbalance.partsValue }
      }
    }
    return overrides
  }
}
