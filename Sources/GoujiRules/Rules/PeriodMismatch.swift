import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ204: the statistics period, or another statement of the covered year, names another year.
package enum PeriodMismatch: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ204", name: "period-mismatch", severity: .warning, fixAvailability: .always,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "统计期限或年度表述与报告年度不符", en: "The statistics period names another year"),
      checks: "“本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止”及“现向社会公布2021年度……报告”等表述中的年份，是否与标题的报告年度一致。",
      why: "年度报告统计的是一个自然年度。统计期限写错年份，多是套用上一年报告时没有修改，会让读者怀疑数据的年度。",
      wrong: "某局2021年政府信息公开工作年度报告 …… 统计期限自2020年1月1日起至2020年12月31日止",
      right: "…… 统计期限自2021年1月1日起至2021年12月31日止",
      fix: "把年份改为报告年度。也可能是标题的年份错了，因此为不安全修复。",
      basis: RuleBasis(
        [ArticleReference(article: 49), ArticleReference(article: 50)],
        note: "；年度报告格式的统计期限说明。"
      )
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let report = context.report
    guard let year = report.reportYear, report.title?.year == year else { return [] }
    return report.yearMentions.filter { $0.kind != .title && $0.year != year }.map { mention in
      Finding(
        message: LocalizedText(
          zh: mention.kind == .period
            ? "统计期限写的是\(mention.year)年，报告年度是\(year)年" : "此处写的是\(mention.year)年度，报告年度是\(year)年",
          en: mention.kind == .period
            ? "The statistics period names \(mention.year); the report year is \(year)"
            : "This names \(mention.year); the report year is \(year)"
        ),
        range: mention.range, related: [context.reportYearLocation].compactMap { $0 },
        fixes: [
          Fix(
            title: LocalizedText(zh: "改为\(year)", en: "Change to \(year)"), isSafe: false,
            edits: [TextEdit(range: mention.range, newText: String(year))]
          )
        ]
      )
    }
  }
}
