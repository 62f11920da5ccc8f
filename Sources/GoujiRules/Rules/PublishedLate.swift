import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ403: the report was published (or, without a publication line, signed) after its deadline, which depends on
/// the kind of body: 条例第四十九条 for 县级以上人民政府部门 and 县级以上地方人民政府, the configured deadline for
/// 乡镇、街道 and other 派出机构.
package enum PublishedLate: RegionalRule {
  package static let metadata = RuleMetadata(
    code: "GJ403", name: "published-late", severity: .information, fixAvailability: .never,
    scope: .regions,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "报告公布晚于公布期限", en: "Published after the deadline"),
      checks:
        "报告的发布日期（网页上的“发布日期”“发布时间”一行；没有时用落款日期）是否晚于报告年度次年的公布期限。机关类型按机关名称判断：县级以上人民政府部门为1月31日，县级以上地方人民政府为3月31日；乡镇人民政府、街道办事处和其他派出机构的期限《条例》没有规定，由各省的通知规定，在配置中以 townshipDeadline 设置（如 \"03-31\"），未设置时不检查。期限当日公布不算逾期。",
      why: "《条例》第四十九条规定了县级以上人民政府部门和县级以上地方人民政府年度报告的公布期限。",
      wrong: "某局2022年政府信息公开工作年度报告 …… 2023年2月15日",
      right: "…… 2023年1月20日",
      fix: "无自动修复。",
      basis: RuleBasis(
        [ArticleReference(article: 49)],
        note:
          "：“县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布。县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。”《条例》对乡镇人民政府、街道办事处没有规定期限。“1月31日前”包括1月31日当日，这是通行的理解，《条例》没有明文规定。"
      )
    )
  )

  /// Its publication lines are read from their first match, which spans no sentence end.
  package static var readsSubLineRegions: Bool { true }

  /// The first match of each publication line of `region` up to the first that is a date (the search is the costly
  /// part: the rest reads the report's facts).
  package static func partial(_ context: RuleContext, in region: TextRange) -> [PublicationDate.LineMatch] {
    PublicationDate.firstMatches(in: context.text, lines: region)
  }

  package static func moved(
    _ partial: [PublicationDate.LineMatch], by move: (TextRange) -> TextRange
  ) -> [PublicationDate.LineMatch] {
    partial.map { match in
      PublicationDate.LineMatch(
        date: match.date.map { DateMention(year: $0.year, month: $0.month, day: $0.day, range: move($0.range)) },
        range: move(match.range)
      )
    }
  }

  /// The finding from the first publication line of the text (the first region's that has one), else the date
  /// under the signature.
  package static func findings(_ context: RuleContext, from partials: BlockPartials<Self>) -> [Finding] {
    let report = context.report
    guard let year = report.reportYear, let kind = BodyKind(agency: report.title?.agency),
      let deadline = kind.deadline(configured: context.townshipDeadline)
    else { return [] }
    let published = PublicationDate.first(of: partials.found.lazy.flatMap(\.partial), in: context.text)
    guard let date = published ?? report.signatureDate,
      (date.year, date.month, date.day) > (year + 1, deadline.month, deadline.day)
    else { return [] }
    let what = published == nil ? LocalizedText(zh: "落款日期", en: "Signed") : LocalizedText(zh: "发布日期", en: "Published")
    return [
      Finding(
        message: LocalizedText(
          zh:
            "\(what.zh)\(date.year)年\(date.month)月\(date.day)日晚于\(kind.name.zh)的公布期限（\(year + 1)年\(deadline.chinese)，\(kind.source.zh)）",
          en:
            "\(what.en) \(date.year)-\(date.month)-\(date.day), after the deadline for \(kind.name.en) (\(year + 1)-\(deadline.month)-\(deadline.day), \(kind.source.en))"
        ),
        range: date.range
      )
    ]
  }
}

/// The kinds of body 条例第四十九条 distinguishes, told from the body's name.
enum BodyKind {
  /// 县级以上人民政府部门: 1月31日.
  case department
  /// 县级以上地方人民政府: 3月31日.
  case localGovernment
  /// 乡镇人民政府、街道办事处 and other 派出机构: no statutory deadline.
  case township

  init?(agency: String?) {
    guard let agency, !agency.isEmpty else { return nil }
    if ["乡人民政府", "镇人民政府", "乡政府", "镇政府", "镇", "乡", "街道", "办事处", "管理委员会", "管委会"].contains(where: agency.hasSuffix) {
      self = .township
    } else if ["人民政府", "政府"].contains(where: agency.hasSuffix) {
      self = .localGovernment
    } else {
      self = .department
    }
  }

  /// The deadline in the year after the report year; `nil` for a township without a configured deadline.
  func deadline(configured: MonthDay?) -> MonthDay? {
    switch self {
    case .department: MonthDay(month: 1, day: 31)
    case .localGovernment: MonthDay(month: 3, day: 31)
    case .township: configured
    }
  }

  var name: LocalizedText {
    switch self {
    case .department: LocalizedText(zh: "县级以上人民政府部门", en: "government departments")
    case .localGovernment: LocalizedText(zh: "县级以上地方人民政府", en: "local governments at county level and above")
    case .township: LocalizedText(zh: "乡镇、街道", en: "townships and sub-districts")
    }
  }

  var source: LocalizedText {
    switch self {
    case .department, .localGovernment: LocalizedText(zh: "《条例》第四十九条", en: "Article 49 of the Regulation")
    case .township: LocalizedText(zh: "按配置的期限", en: "as configured")
    }
  }
}
