import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ410: a 2021+ report whose section 五 says nothing of last year's problems and how they were dealt with.
package enum RectificationNotReported: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ410", name: "rectification-not-reported", severity: .hint, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "第五部分没有说明上年度问题的整改情况", en: "Section 五 says nothing of last year's problems"),
      checks: "2021年度起的报告，“五、存在的主要问题及改进情况”是否提到上一年度（“上年”“上一年”“去年”“前一年”“往年”、上一年的年份）或“整改”。"
        + "只要提到其中任何一个就不报告；只提示完全没有提到的情形。",
      why: "2021年格式施行以来，年度报告通常在第五部分先报告上年度存在问题的整改情况，再写本年度的问题和改进措施；"
        + "完全不提上年度问题的整改，读者无法知道上一年报告中承诺的改进是否落实。",
      wrong: "五、存在的主要问题及改进情况\n一是公开内容不够全面。下一步将加强培训。",
      right: "五、存在的主要问题及改进情况\n（一）上年度问题整改情况：针对上年度公开内容不够全面的问题，已……\n（二）存在的主要问题及改进措施：……",
      fix: "无自动修复：整改情况需要填报人说明。",
      basis: RuleBasis(
        [ArticleReference(article: 50, item: 4)],
        note: "：年度报告应当包括“政府信息公开工作存在的主要问题及改进情况”；"
          + "说明上年度问题的整改情况是审核实践（practice），本项目的参考资料没有收录2021年格式对这一部分的说明原文。"
      )
    )
  )

  /// Words that speak of last year or of rectification; the previous year's number is added per report.
  private static let words = ["上年", "上一年", "去年", "前一年", "往年", "整改"]

  package static func check(_ context: RuleContext) -> [Finding] {
    let report = context.report
    guard let year = report.reportYear, year >= 2021, let section = report.section(5),
      !context.text.trimmingSpaces(section.bodyRange).isEmpty
    else { return [] }
    let body = NormalizedText.foldedString(context.text[section.bodyRange], mode: .matching)
    guard !(words + ["\(year - 1)年"]).contains(where: body.containsScalars) else { return [] }
    return [
      Finding(
        message: LocalizedText(
          zh: "第五部分没有提到上年度问题的整改情况（通常先报告上年度问题的整改，再写本年度的问题和改进措施）",
          en:
            "Section 五 says nothing of how last year's problems were dealt with (reports usually state that before this year's problems and improvements)"
        ),
        range: section.heading.range
      )
    ]
  }
}
