import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ209: the year of the date under the signature is not the year after the report year.
package enum SignatureYear: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ209", name: "signature-year", severity: .information, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "落款年份与报告年度不符", en: "The signature's year does not follow the report year"),
      checks: "单独成行的落款日期，其年份是否为标题所写报告年度的下一年。落款在报告年度当年或更早，全年数据尚未产生；落款晚两年以上，多半是标题或落款的年份写错。",
      why: "年度报告总结上一年度的工作，在次年年初发布。落款年份与标题年份不衔接，说明两者之一写错，读者无法确定报告所属年度。",
      wrong: "某局2022年政府信息公开工作年度报告 …… 某局\n2022年1月20日",
      right: "某局2022年政府信息公开工作年度报告 …… 某局\n2023年1月20日",
      fix: "无自动修复：可能是落款年份错了，也可能是标题年份错了。",
      basis: RuleBasis(
        [ArticleReference(article: 49)],
        note: "：每年1月31日前（人民政府为3月31日前）公布上一年度的年度报告。"
      )
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let report = context.report
    guard let year = report.reportYear, report.title?.year == year, let date = report.signatureDate,
      date.year != year + 1, standsAlone(date, in: context.text)
    else { return [] }
    let written = "\(date.year)年\(date.month)月\(date.day)日"
    let zh =
      date.year <= year
      ? "落款日期\(written)不晚于报告年度\(year)年，全年数据尚未产生；年度报告应在\(year + 1)年发布，标题或落款的年份有误"
      : "落款日期\(written)比报告年度\(year)年晚\(date.year - year)年；年度报告应在\(year + 1)年发布，标题或落款的年份有误"
    let english = "\(date.year)-\(date.month)-\(date.day)"
    let consequence =
      "reports for \(year) are published in \(year + 1), so the title's or the signature's year is wrong"
    let en =
      date.year <= year
      ? "Signed \(english), not after the report year \(year): its figures did not exist yet; \(consequence)"
      : "Signed \(english), \(date.year - year) years after the report year \(year); \(consequence)"
    return [
      Finding(
        message: LocalizedText(zh: zh, en: en), range: date.range,
        related: [context.reportYearLocation].compactMap { $0 }
      )
    ]
  }

  /// Whether the date ends its line and follows nothing but a name (`台儿庄区科技局　　2023年1月26日`): a signature,
  /// not a date inside a sentence of section 六.
  private static func standsAlone(_ date: DateMention, in text: SourceText) -> Bool {
    let line = text.trimmingSpaces(text.lineContentRange(text.line(containing: date.range.start)))
    let before = text[TextRange(start: line.start, end: date.range.start)]
    return line.end == date.range.end && !before.contains { "。，,；;：:、".contains($0) }
  }
}
