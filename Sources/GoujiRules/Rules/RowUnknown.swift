import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ303: a row label that is not in the format.
package enum RowUnknown: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ303", name: "row-unknown", severity: .warning, fixAvailability: .sometimes,
    scope: .allTables,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "行标签不在格式中", en: "A row label is not in the format"),
      checks: "统计表中的行标签经规范化（全角半角、康熙部首、空格换行、引号）后，是否与格式规定的标签一致。",
      why: "行标签是统计口径的一部分，写错或自拟的标签会让读者和核查工具无法确认该行的含义。",
      wrong: "（二）部份公开（区分处理的，只计这一情形，不计其他情形）",
      right: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      fix: "替换为最接近的规范标签（当能确定对应哪一行时）。安全修复：只改标签文字，不改数值。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号、〔2021〕30号规定的表格格式。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.tablesApply else { return [] }
    return context.problems { kind -> (TableID, String, String?)? in
      if case .rowUnknown(let table, let label, let closest) = kind { return (table, label, closest) }
      return nil
    }.map { info, problem in
      let (table, _, closest) = info
      // The label as written: the reader's copy is normalised (NFKC turns （二） into (二)), and the message must
      // quote what the writer wrote.
      let label = context.text[problem.range]
      guard let closest else {
        return Finding(
          message: LocalizedText(zh: "“\(label)”不是格式规定的行", en: "“\(label)” is not a row of the format"),
          range: problem.range
        )
      }
      let canonical = canonicalLabel(table, closest, context: context)
      return Finding(
        message: LocalizedText(
          zh: "行标签“\(label)”应为“\(canonical)”", en: "The row label “\(label)” should be “\(canonical)”"),
        range: problem.range,
        fixes: [
          Fix(
            title: LocalizedText(zh: "改为“\(canonical)”", en: "Replace with “\(canonical)”"), isSafe: true,
            edits: [TextEdit(range: problem.range, newText: canonical)]
          )
        ]
      )
    }
  }

  private static func canonicalLabel(_ table: TableID, _ key: String, context: RuleContext) -> String {
    let rows = table == .table2 ? context.format.table2.flatMap(\.rows) : ReportFormats.all.flatMap(\.table3.rows)
    return rows.first { $0.key == key }?.label ?? context.rowName(table, key)
  }
}
