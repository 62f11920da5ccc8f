import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ208: section 五 states next year's plans with the report year (`2022年，我局将…` in the 2022 report).
package enum PlanYear: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ208", name: "plan-year", severity: .warning, fixAvailability: .always,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "改进计划写成了报告年度", en: "Next year's plans are dated with the report year"),
      checks:
        "“五、存在的主要问题及改进情况”中以年份开头、说明今后打算的表述（“2022年，我局将……”“2022年本局将……”“2022年将……”），年份是否为报告年度。年份与“将”之间只允许逗号和“本局”“我局”“本机关”之类的主语。",
      why: "第五部分的改进情况说明下一年度的打算。写成报告年度，多是套用上一年报告时没有修改年份，读者会以为是报告年度已经做过的工作。",
      wrong: "某局2022年政府信息公开工作年度报告 …… 五、存在的主要问题及改进情况 …… 2022年，我局将进一步加强政策解读。",
      right: "…… 2023年，我局将进一步加强政策解读。",
      fix: "把年份改为报告年度的下一年。也可能是标题的年份错了，因此为不安全修复。",
      basis: RuleBasis(
        [ArticleReference(article: 50)],
        note: "（年度报告应当包括存在的主要问题及改进情况）；年度报告格式第五部分。"
      )
    )
  )

  /// How the subject between the year and `将` may begin (`本局`, `我局`, `全局`, `我单位`).
  private static let subjectStarts: Set<Unicode.Scalar> = ["本", "我", "全"]
  /// Characters that make `将` past or a preposition (`本局已将…`): not a plan.
  private static let pastMarkers: Set<Unicode.Scalar> = ["已", "曾", "均", "都", "把"]
  /// What follows the `将` of a plan (`将进一步`, `将继续`, `将在以下几方面`); `将` before a noun (`将政务公开纳入
  /// 考核`) is a preposition and may tell what was done.
  private static let planWords = [
    "进一步", "继续", "持续", "重点", "加强", "不断", "着力", "认真", "严格", "全面", "坚持", "按照", "做好", "围绕",
    "切实", "积极", "强化", "深入", "大力", "努力", "逐步", "紧紧", "始终", "加大", "推进", "完善",
    "在", "从", "以", "结合", "立足", "着重", "加快", "全力", "开展",
  ].map { Array($0.unicodeScalars) }

  package static func check(_ context: RuleContext) -> [Finding] {
    guard let year = context.report.reportYear, context.report.title?.year == year,
      let section = context.report.section(5)
    else { return [] }
    let prose = ProseView(context.text, range: section.bodyRange)
    var findings: [Finding] = []
    var index = 0
    while index < prose.count {
      guard let (value, end) = prose.integer(at: index, maxDigits: 4), end - index == 4, value == year,
        let willEnd = planEnd(prose, after: end)
      else {
        index += 1
        continue
      }
      let phrase = context.text[prose.sourceRange(index..<willEnd)].singleLine
      let range = prose.sourceRange(index..<end)
      findings.append(
        Finding(
          message: LocalizedText(
            zh: "改进计划写作“\(phrase)…”，报告年度是\(year)年，计划应是\(year + 1)年的",
            en: "The plan reads “\(phrase)…”; the report year is \(year), so plans are for \(year + 1)"
          ),
          range: range, related: [context.reportYearLocation].compactMap { $0 },
          fixes: [
            Fix(
              title: LocalizedText(zh: "改为\(year + 1)", en: "Change to \(year + 1)"), isSafe: false,
              edits: [TextEdit(range: range, newText: String(year + 1))]
            )
          ]
        ))
      index = willEnd
    }
    return findings
  }

  /// The end of `年[度][，][主语]将` after the year's digits, or `nil` when the year does not open a plan.
  private static func planEnd(_ prose: ProseView, after digits: Int) -> Int? {
    var index = prose.skippingSpaces(digits)
    guard index < prose.count, prose[index] == "年" else { return nil }
    index += 1
    if index < prose.count, prose[index] == "度" { index += 1 }
    index = prose.skippingSpaces(index)
    if index < prose.count, prose[index] == "," || prose[index] == "、" { index = prose.skippingSpaces(index + 1) }
    if index < prose.count, subjectStarts.contains(prose[index]) {
      let subjectEnd = min(prose.count, index + 5)
      guard let will = (index + 1..<subjectEnd).first(where: { prose[$0] == "将" }),
        (index..<will).allSatisfy({ isSubjectCharacter(prose[$0]) && !pastMarkers.contains(prose[$0]) })
      else { return nil }
      return isPlan(prose, after: will + 1) ? will + 1 : nil
    }
    return index < prose.count && prose[index] == "将" && isPlan(prose, after: index + 1) ? index + 1 : nil
  }

  private static func isPlan(_ prose: ProseView, after will: Int) -> Bool {
    planWords.contains { prose.view.matches($0, at: will) }
  }

  /// A CJK ideograph of a short subject (`本局`, `我单位`, `我𠀀局` with an ideograph outside the BMP): no
  /// punctuation, digit or space.
  private static func isSubjectCharacter(_ scalar: Unicode.Scalar) -> Bool {
    CharacterFolding.isIdeograph(scalar)
  }
}
