import GoujiFormats
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ101: one of the six sections is absent.
package enum SectionMissing: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ101", name: "section-missing", severity: .error, fixAvailability: .always,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "缺少六个部分之一", en: "One of the six sections is missing"),
      checks: "报告是否包含全部六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；"
        + "四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。",
      why: "年度报告的内容由《条例》第五十条规定，全国统一格式要求六个部分齐全。缺少某一部分（常见的是“六、其他需要报告的事项”）即不符合格式。",
      wrong: "五、存在的主要问题及改进情况\n……\n（全文结束，没有“六、其他需要报告的事项”）",
      right: "五、存在的主要问题及改进情况\n……\n六、其他需要报告的事项\n无。",
      fix: "在应有的位置插入规范标题（第二、三、四部分同时插入本格式的空表）。修复会增加需要填写的内容，属于不安全修复，不会被“全部修复”自动应用。",
      basis: RuleBasis(
        [ArticleReference(article: 50)],
        note: "；国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》。"
      )
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    context.problems { kind -> Int? in
      if case .sectionMissing(let number) = kind { return number }
      return nil
    }.compactMap { number, problem in
      guard let spec = ReportSections.spec(number) else { return nil }
      return Finding(
        message: LocalizedText(
          zh: "缺少第\(ChineseNumeral.string(number))部分“\(spec.heading)”",
          en: "Section \(number) “\(spec.heading)” is missing"),
        range: problem.range,
        fixes: [insertFix(spec, at: problem.range.start, context: context)]
      )
    }
  }

  private static func insertFix(_ spec: SectionSpec, at offset: Int, context: RuleContext) -> Fix {
    let renderer = TableRenderer(form: context.report.textForm, text: context.text)
    let end = renderer.lineEnding
    let atLineStart = offset == 0 || [0x0A, 0x0D].contains(context.text.bytes[max(0, offset - 1)])
    var insertion = (atLineStart ? "" : end) + spec.heading + end
    if let table = spec.table { insertion += renderer.emptyTable(table, format: context.format) + end }
    if atLineStart { insertion += end }
    return Fix(
      title: LocalizedText(zh: "插入“\(spec.heading)”", en: "Insert “\(spec.heading)”"), isSafe: false,
      edits: [TextEdit(range: TextRange(emptyAt: offset), newText: insertion)]
    )
  }
}
