import GoujiFormats
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ301: section 二, 三 or 四 has no recognisable table.
package enum TableMissing: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ301", name: "table-missing", severity: .error, fixAvailability: .always,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "第二、三或四部分缺少统计表", en: "Section 二, 三 or 四 has no recognisable table"),
      checks: "第二部分应有“第二十条第（一）项”等子表，第三部分应有收到和处理政府信息公开申请情况表，第四部分应有行政复议、行政诉讼情况表。"
        + "部分中没有表格、却有图片的痕迹（网页转换留下的`![](….png)`、`[W0….png]`，pandoc的`[]`或`[image: …]`）时，"
        + "表是以图片发布的，文本中没有它的文字：报告GJ308（警告：本表无法读取），不报告本项。"
        + "PDF文本（pdftotext）、Word文档另存的文本和不留图片痕迹的网页抓取中，图片不留任何痕迹，"
        + "无法区分以图片发布的表和缺少的表，仍报告本项。"
        + "第二部分的表格被按阅读顺序提取的PDF文本拆散（子表标题、列标题单独成行，数值另行）时，报告GJ308"
        + "（本表无法读取），不报告本项。"
        + "第四部分的表头被过窄的列截成碎片、无法拼回而其下有数值时，同样报告GJ308，不报告本项。",
      why: "三张统计表是年度报告格式的核心内容，只有文字叙述而没有表格，数据无法核对，也不符合统一格式。",
      wrong: "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。",
      right: "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：……）\n……（完整的统计表）",
      fix: "在该部分末尾插入本报告所用格式的空表（不安全修复：需要填写数值）。",
      basis: RuleBasis(
        [ArticleReference(article: 50)],
        note: "；国办公开办函〔2019〕60号、〔2021〕30号规定的年度报告格式。"
      )
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.tablesApply else { return [] }
    return context.problems { kind -> TableID? in
      if case .tableMissing(let id) = kind { return id }
      return nil
    }.map { id, problem in
      let renderer = TableRenderer(form: context.report.textForm, text: context.text)
      // The table goes at the end of the section, after its prose: text after a table would be read as part of its
      // last cell (Word copies) or as a row label of its own.
      let end = context.report.section(id.sectionNumber)?.bodyRange.end ?? problem.range.end
      let atLineStart = end == 0 || [0x0A, 0x0D].contains(context.text.bytes[end - 1])
      let insertion =
        (atLineStart ? "" : renderer.lineEnding) + renderer.emptyTable(id, format: context.format)
        + renderer.lineEnding + (end < context.text.count ? renderer.lineEnding : "")
      return Finding(
        message: LocalizedText(
          zh: "第\(ChineseNumeral.string(id.sectionNumber))部分没有可识别的统计表",
          en: "Section \(id.sectionNumber) has no recognisable table"
        ),
        range: problem.range,
        fixes: [
          Fix(
            title: LocalizedText(zh: "插入空表", en: "Insert the empty table"), isSafe: false,
            edits: [TextEdit(range: TextRange(emptyAt: end), newText: insertion)]
          )
        ]
      )
    }
  }
}
