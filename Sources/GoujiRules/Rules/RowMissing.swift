import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ302: a row of the format is absent from a table.
package enum RowMissing: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ302", name: "row-missing", severity: .error, fixAvailability: .always,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "统计表缺少格式规定的行", en: "A row of the format is missing from a table"),
      checks: "表二各子表、表三的每一个数据行（2019年格式23行，2021年格式25行）是否都在。",
      why: "格式规定的每一行都必须填报，即使数值为0；缺行会让合计无法核对，也可能隐藏了应当报告的情形。",
      wrong: "（四）无法提供 1.本机关不掌握相关政府信息 …\n（四）无法提供 3.补正后申请内容仍不明确 …（缺少第2行）",
      right: "……\n2.没有现成信息需要另行制作 0 0 0 0 0 0 0\n……",
      fix: "在应有的位置插入该行，数值填0。0是否属实需要填报人确认，因此是不安全修复。",
      basis: "国办公开办函〔2019〕60号、〔2021〕30号规定的表格格式。"
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.tablesApply else { return [] }
    return context.problems { kind -> (TableID, String, String?)? in
      if case .rowMissing(let table, let key, let subtable) = kind { return (table, key, subtable) }
      return nil
    }.map { row, problem in
      let (table, key, subtable) = row
      let name = context.rowName(table, key)
      let columns: Int =
        table == .table2
        ? context.format.table2.first { $0.key == subtable }?.columns.count ?? 1 : context.format.table3.columns.count
      let renderer = TableRenderer(form: context.report.table(table)?.form, text: context.text)
      let label = table == .table3 ? (context.format.table3.rows.first { $0.key == key }?.label ?? name) : name
      let rowText = renderer.row(label: label, values: Array(repeating: "0", count: columns))
      return Finding(
        message: LocalizedText(zh: "缺少“\(name)”行", en: "The row “\(name)” is missing"),
        range: problem.range,
        fixes: [
          Fix(
            title: LocalizedText(zh: "插入“\(name)”行（数值为0）", en: "Insert the row “\(name)” with zeros"), isSafe: false,
            edits: [TextEdit(range: problem.range, newText: renderer.rowSeparator.isEmpty ? rowText : renderer.rowSeparator + rowText)]
          )
        ]
      )
    }
  }
}
