import GoujiFormats
import GoujiSyntax

/// GJ304: a row has more or fewer values than the format's columns, in text that shows each cell's borders (in PDF
/// text and flattened scrapes the row could not be read: GJ308).
package enum CellCount: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ304", name: "cell-count", severity: .error, fixAvailability: .never,
    scope: .allTables,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "一行的数值个数与格式的列数不符", en: "A row has more or fewer values than the format's columns"),
      checks:
        "表三每行应有7个数值（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计），表四应有15个数值，表二各子表按其列数。只在看得出单元格边界的文本中报告（Word复制的每格一行、网页复制的制表符分隔、文本浏览器的表格线）：PDF文本和压平的网页抓取中空白单元格不留痕迹，数值个数不符时无法判断是报告漏填还是转换丢失，改由GJ308报告本行无法可靠读取。也报告非官方的第八列“小计”。",
      why: "数值个数不对时，无法确定每个数值属于哪一列，合计核对和数据汇总都会出错。",
      wrong: "一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t3",
      right: "一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3",
      fix: "无自动修复：哪一列缺失只有填报人知道。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号、〔2021〕30号规定的表格格式。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.tablesApply else { return [] }
    var findings: [Finding] = context.cellCountProblems(withKnownBorders: true).map { info, problem in
      let (table, key, expected, found) = info
      let subject = context.rowSubject(table, key)
      return Finding(
        message: LocalizedText(
          zh: "\(subject.zh)应有\(expected)个数值，实际有\(found)个",
          en: "\(subject.enSentenceStart) should have \(expected) values, it has \(found)"
        ),
        range: problem.range
      )
    }
    findings += context.problems { kind -> String? in
      if case .extraColumn(_, let label) = kind { return label }
      return nil
    }.map { label, problem in
      Finding(
        message: LocalizedText(
          zh: "表三有格式之外的“\(label)”列：格式只有7列（该列已忽略）",
          en: "Table 3 has a “\(label)” column the format does not have (ignored)"
        ),
        range: problem.range
      )
    }
    return findings
  }
}
