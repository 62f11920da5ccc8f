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
      basis: RuleBasis(note: "国办公开办函〔2021〕30号；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let report = context.report
    guard let year = report.reportYear, year >= 2021, let section = report.section(6) else { return [] }
    guard !mentionsFee(context.text, section.bodyRange) else { return [] }
    return [
      Finding(
        message: LocalizedText(
          zh: "第六部分没有说明信息处理费的收取情况（2021年格式要求报告，未收取也应说明）",
          en: "Section 六 says nothing about 信息处理费 (the 2021 format asks for it, even when none was charged)"
        ),
        range: section.heading.range
      )
    ]
  }

  /// Whether the folded section says `处理费`. Searched in the folded scalars (Foundation's search of the folded string
  /// was 5 % of an analysis); a match followed by anything but ASCII or an ideograph, which could be a combining mark
  /// that Foundation's search would not split, is decided by that search, as before.
  private static func mentionsFee(_ text: SourceText, _ range: TextRange) -> Bool {
    let body = NormalizedText(text, range: range, mode: .matching)
    guard let found = body.firstIndex(of: fee) else { return false }
    let next = found + fee.count
    if next == body.count || body.scalars[next].isASCII || (0x4E00...0x9FFF).contains(body.scalars[next].value) {
      return true
    }
    return body.string().contains("处理费")
  }

  private static let fee = Array("处理费".unicodeScalars)
}
