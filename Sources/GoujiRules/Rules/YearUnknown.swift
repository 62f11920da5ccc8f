import GoujiStatutes
import GoujiSyntax

/// GJ201: the report year cannot be determined.
package enum YearUnknown: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ201", name: "year-unknown", severity: .warning, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "无法确定报告年度", en: "The report year cannot be determined"),
      checks: "从标题（“××2021年政府信息公开工作年度报告”）、统计期限（“本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止”）及其他年度表述中确定报告所涵盖的年度。",
      why: "报告年度决定应当使用的格式（2019、2020年度为试行格式，2021年度起为新格式）以及发布期限；年度不明，格式与期限都无法核对。",
      wrong: "某局政府信息公开工作年度报告",
      right: "某局2021年政府信息公开工作年度报告",
      fix: "无自动修复：请在标题中写明年度。",
      basis: RuleBasis(
        [ArticleReference(article: 49), ArticleReference(article: 50)],
        note: "；国办公开办函〔2021〕30号。"
      )
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    context.problems { kind -> Bool? in kind == .yearUnknown ? true : nil }.map { _, problem in
      Finding(
        message: LocalizedText(
          zh: "无法确定报告年度：标题和统计期限中都没有写明年度",
          en: "The report year cannot be determined: neither the title nor the statistics period names it"
        ),
        range: problem.range
      )
    }
  }
}
