import GoujiSyntax
import GoujiText

/// GJ404: a 2021+ report whose section 六 says nothing about 信息处理费.
package enum FeeNotReported: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ404", name: "fee-not-reported", severity: .information, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "第六部分没有说明信息处理费收取情况", en: "Section 六 says nothing about 信息处理费"),
      checks: "2021年度起的报告，“六、其他需要报告的事项”中是否提到信息处理费（含“本年度未收取信息处理费”之类的说明）。",
      why: "2021年格式要求在第六部分报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况；没有收取也应说明。",
      wrong: "六、其他需要报告的事项\n无。",
      right: "六、其他需要报告的事项\n本机关本年度未收取信息处理费。",
      fix: "无自动修复：收费情况需要填报人说明。",
      basis: "国办公开办函〔2021〕30号；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）。"
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let report = context.report
    guard let year = report.reportYear, year >= 2021, let section = report.section(6) else { return [] }
    let body = NormalizedText.foldedString(context.text[section.bodyRange], mode: .matching)
    guard !body.contains("处理费") else { return [] }
    return [Finding(
      message: LocalizedText(
        zh: "第六部分没有说明信息处理费的收取情况（2021年格式要求报告，未收取也应说明）",
        en: "Section 六 says nothing about 信息处理费 (the 2021 format asks for it, even when none was charged)"
      ),
      range: section.heading.range
    )]
  }
}
