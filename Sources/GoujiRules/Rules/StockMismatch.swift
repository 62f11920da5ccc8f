import GoujiFormats
import GoujiSyntax

/// GJ408: a figure of table 二 that carries from one year to the next (``YearOverYear``: 2021 format 现行有效件数,
/// 2019 format 上一年项目数量) does not follow from last year's report of the same body.
package enum StockMismatch: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ408", name: "stock-mismatch", severity: .information, fixAvailability: .never,
    scope: .tables([.table2]),
    documentation: RuleDocumentation(
      summary: LocalizedText(
        zh: "表二的存量与上一年报告不衔接", en: "A running count of table 二 does not follow from last year's report"
      ),
      checks:
        "需要同一机关上一年度的报告（与 GJ402 相同：--previous、一次检查多份报告时自动配对、编辑器的工作区），且两年用同一种格式。2021年格式第二十条第（一）项每一行：本年“现行有效件数”应等于上一年度的“现行有效件数”加本年“本年制发件数”减本年“本年废止件数”。2019年格式第二十条第（五）、（六）、（八）项每一行：本年“上一年项目数量”应等于上一年度报告的“上一年项目数量”加“本年增/减”。只比较两份报告中都确实读出的数字。",
      why:
        "现行有效的规章和规范性文件、许可处罚等事项的数量是逐年延续的存量：上一年年底的数量，加上本年新增、减去本年减少，就是本年年底的数量。不衔接多半说明某一年的数字有误，或者本年的制发、废止漏填；但文件也会因有效期届满而失效、因修改而变化，所以这只是提示，请核实。",
      wrong: "2022年报告：行政规范性文件\t3\t1\t12\n2023年报告：行政规范性文件\t2\t0\t15",
      right: "2023年报告：行政规范性文件\t2\t0\t14",
      fix: "无自动修复：需要核实哪一年的数据正确。",
      basis: RuleBasis(
        note: "审核实践（practice）：国办公开办函〔2021〕30号、〔2019〕60号表二的栏目（现行有效件数、上一年项目数量、本年增/减）之间的逐年衔接不是格式规定的平衡关系，是数字的自然含义。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.tablesApply, let previous = context.previous, previous.format == context.format.id,
      let table = context.report.table2
    else { return [] }
    return table.rows.compactMap { row in
      guard let spec = context.format.table2.first(where: { $0.key == row.subtable }), let rule = spec.yearOverYear
      else { return nil }
      return finding(row, spec: spec, rule: rule, previous: previous, context: context)
    }
  }

  /// The finding of one row, when every figure is written in its cell and read, and the row does not follow: a blank
  /// is not a 0 the report states (a blank 现行有效件数 is "not filled", not "wrong").
  private static func finding(
    _ row: TableRow, spec: SubtableSpec, rule: YearOverYear, previous: PreviousYear, context: RuleContext
  ) -> Finding? {
    func this(_ key: String) -> (label: String, value: Int, cell: Cell)? {
      guard let index = spec.columns.firstIndex(where: { $0.key == key }), index < row.cells.count,
        row.cells[index].state == .written, let value = row.cells[index].arithmeticValue
      else { return nil }
      return (spec.columns[index].label, value, row.cells[index])
    }
    func last(_ key: String) -> (label: String, value: Int)? {
      let label = spec.columns.first { $0.key == key }?.label ?? key
      return previous.table2[PreviousYear.Table2Key(subtable: spec.key, row: row.key, column: key)].map { (label, $0) }
    }
    let before = rule.previousTerms.map(last)
    let added = rule.added.map(this)
    let removed = rule.removed.map(this)
    guard let target = this(rule.column), before.allSatisfy({ $0 != nil }), added.allSatisfy({ $0 != nil }),
      removed.allSatisfy({ $0 != nil })
    else { return nil }
    let terms =
      before.compactMap(\.self).map { (label: $0.label, value: $0.value, sign: 1, lastYear: true) }
      + added.compactMap(\.self).map { (label: $0.label, value: $0.value, sign: 1, lastYear: false) }
      + removed.compactMap(\.self).map { (label: $0.label, value: $0.value, sign: -1, lastYear: false) }
    let expected = terms.reduce(0) { $0 + $1.sign * $1.value }
    guard expected != target.value else { return nil }
    let name = previous.name
    let lastYear = previous.year.map { ("\($0)年报告的", "the \($0) report's ") } ?? ("上年报告的", "last year's ")
    let rowName = spec.rows.first { $0.key == row.key }?.label ?? row.label
    /// The terms as a sum: `2022年报告的现行有效件数18 + 本年制发件数2 − 本年废止件数1`; `space` between a label and
    /// its value.
    func sum(_ lastYear: String, space: String) -> String {
      terms.enumerated().map { index, term in
        let sign = term.sign < 0 ? " − " : (index == 0 ? "" : " + ")
        return "\(sign)\(term.lastYear ? lastYear : "")\(term.label)\(space)\(term.value)"
      }.joined()
    }
    return Finding(
      message: LocalizedText(
        zh: "“\(rowName)”的“\(target.label)”为\(target.value)，按\(name.zh)应为\(sum(lastYear.0, space: ""))"
          + " = \(expected)",
        en: "“\(rowName)” has “\(target.label)” \(target.value); from \(name.en) it should be "
          + "\(sum(lastYear.1, space: " ")) = \(expected)"
      ),
      range: target.cell.range
    )
  }
}
