import GoujiFormats
import GoujiSyntax

/// GJ402: this year's 二、上年结转 differs from last year's 四、结转下年度继续办理.
package enum CarryoverMismatch: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ402", name: "carryover-mismatch", severity: .warning, fixAvailability: .never,
    scope: .tables([.table3]),
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "上年结转与上一年报告的结转下年度不一致", en: "This year's carry-in differs from last year's carry-over"),
      checks:
        "本年表三“二、上年结转政府信息公开申请数量”逐列与上一年度报告表三“四、结转下年度继续办理”比较。需要同一机关上一年度的报告：命令行用 --previous 指定，或一次检查多份报告（`gouji check 目录`）时按标题中的机关名称和年度自动配对；编辑器中取工作区内同一机关上一年度的报告。",
      why: "上一年结转下来的申请，就是本年的上年结转，两者应当逐列相等（R3-X）。不一致说明某一年的数据有误。",
      wrong: "2021年报告：四、结转下年度继续办理 … 总计 2\n2022年报告：二、上年结转政府信息公开申请数量 … 总计 0",
      right: "2022年报告：二、上年结转政府信息公开申请数量 … 总计 2",
      fix: "无自动修复：需要核实哪一年的数据正确。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号、〔2021〕30号表三的结构（R3-X 跨年度勾稽）。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard let previous = context.previous, let this = context.balance(.table3) else { return [] }
    let name = previous.name
    return context.format.table3.columns.compactMap { column in
      guard let now = this.cell("carried", column.key), let nowValue = now.cell.arithmeticValue,
        let beforeValue = previous.carryOver[column.key], nowValue != beforeValue
      else { return nil }
      return Finding(
        message: LocalizedText(
          zh: "“二、上年结转”的“\(column.label)”为\(nowValue)，\(name.zh)“四、结转下年度继续办理”为\(beforeValue)",
          en: "“二、上年结转” in “\(column.label)” is \(nowValue); \(name.en)'s “四、结转下年度继续办理” is \(beforeValue)"
        ),
        range: now.cell.range
      )
    }
  }
}
