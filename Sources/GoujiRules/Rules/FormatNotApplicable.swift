import GoujiSyntax
import GoujiText

/// GJ206: a report from before 2019: the national tables do not apply.
package enum FormatNotApplicable: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ206", name: "format-not-applicable", severity: .information, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "2019年以前的报告不适用全国统一格式", en: "Reports before 2019 have no national format"),
      checks: "报告年度早于2019年时，只报告本项，不做其他格式检查。",
      why: "全国统一的年度报告格式自2019年度起施行（国办公开办函〔2019〕60号）；此前的报告依修订前的条例自行编制，用新格式检查没有意义。",
      wrong: "某局2017年政府信息公开工作年度报告",
      right: "（无需修改）",
      fix: "无。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号；《条例》（2019年修订）。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.report.isPre2019, let year = context.report.reportYear else { return [] }
    let range = context.reportYearLocation?.range ?? context.report.title?.range ?? TextRange(emptyAt: 0)
    return [
      Finding(
        message: LocalizedText(
          zh: "\(year)年度报告早于全国统一格式（2019年度起施行），不检查表格和格式",
          en: "A \(year) report predates the national format (from 2019); tables and format are not checked"
        ),
        range: range
      )
    ]
  }
}
