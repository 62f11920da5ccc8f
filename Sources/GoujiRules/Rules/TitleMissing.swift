import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ104: no title line naming the body and `…年…政府信息公开工作年度报告`.
package enum TitleMissing: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ104", name: "title-missing", severity: .warning, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "缺少规范的报告标题", en: "No title naming the body and the year"),
      checks: "报告开头是否有“机关名称 + 年度 + 政府信息公开工作年度报告”形式的标题（可分两行书写）。",
      why: "标题写明发布机关和报告年度，是识别报告、确定适用格式和发布期限的依据。",
      wrong: "政府信息公开工作年度报告",
      right: "某市科学技术局2021年政府信息公开工作年度报告",
      fix: "无自动修复：机关名称和年度需要人工填写。",
      basis: RuleBasis(
        [ArticleReference(article: 49), ArticleReference(article: 50)],
        note: "。"
      )
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let report = context.report
    guard let title = report.title else {
      let start = report.text.trimmingSpaces(report.text.fullRange).start
      return [
        Finding(
          message: LocalizedText(
            zh: "没有找到报告标题（“××2021年政府信息公开工作年度报告”）", en: "No report title (“××2021年政府信息公开工作年度报告”) found"
          ),
          range: TextRange(emptyAt: start)
        )
      ]
    }
    var missing: [String] = []
    var missingEnglish: [String] = []
    if title.agency == nil { missing.append("机关名称"); missingEnglish.append("the body") }
    if title.year == nil { missing.append("年度"); missingEnglish.append("the year") }
    guard !missing.isEmpty else { return [] }
    return [
      Finding(
        message: LocalizedText(
          zh: "报告标题缺少\(missing.joined(separator: "和"))",
          en: "The title does not name \(missingEnglish.joined(separator: " or "))"
        ),
        range: title.range
      )
    ]
  }
}
