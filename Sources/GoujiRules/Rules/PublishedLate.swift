import GoujiSyntax

/// GJ403: the date under the signature is after the statutory deadline.
package enum PublishedLate: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ403", name: "published-late", severity: .information, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "落款日期晚于法定公布期限", en: "Signed after the statutory deadline"),
      checks: "落款日期是否晚于报告年度次年的法定期限：政府部门为1月31日，人民政府（及街道办事处）为3月31日。机关类型按机关名称判断。",
      why: "《条例》第四十九条规定了年度报告的公布期限。",
      wrong: "某局2022年政府信息公开工作年度报告 …… 2023年2月15日",
      right: "…… 2023年1月20日",
      fix: "无自动修复。",
      basis: "《条例》第四十九条：县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布；县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。"
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let report = context.report
    guard let date = report.signatureDate, let year = report.reportYear else { return [] }
    let isGovernment = (report.title?.agency).map { agency in
      ["人民政府", "政府", "办事处"].contains { agency.hasSuffix($0) }
    } ?? false
    let deadlineMonth = isGovernment ? 3 : 1
    guard (date.year, date.month, date.day) > (year + 1, deadlineMonth, 31) else { return [] }
    let deadline = "\(year + 1)年\(deadlineMonth)月31日"
    let kind = isGovernment ? "人民政府" : "政府部门"
    return [Finding(
      message: LocalizedText(
        zh: "落款日期\(date.year)年\(date.month)月\(date.day)日晚于\(kind)的法定公布期限（\(deadline)）",
        en: "Signed \(date.year)-\(date.month)-\(date.day), after the deadline for \(isGovernment ? "governments" : "departments") (\(year + 1)-\(deadlineMonth)-31)"
      ),
      range: date.range
    )]
  }
}
