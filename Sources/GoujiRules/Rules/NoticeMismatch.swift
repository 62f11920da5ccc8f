import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ203: the text cites the format notice of the other era.
package enum NoticeMismatch: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ203", name: "notice-mismatch", severity: .warning, fixAvailability: .always,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "引用的格式通知与报告年度不符", en: "The cited format notice does not match the report year"),
      checks:
        "正文引用的格式通知（按文号或标题，如“国办公开办函〔2019〕60号”“国办【2019】60号”《关于政府信息公开工作年度报告有关事项的通知》）是否是报告年度适用的那一份：2019、2020年度为国办公开办函〔2019〕60号，2021年度起为国办公开办函〔2021〕30号。",
      why: "2021年度起年度报告格式已按国办公开办函〔2021〕30号调整，仍引用旧通知说明编制依据没有更新，往往表格也沿用了旧格式。",
      wrong: "按照《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求编制（2021年度报告）",
      right: "按照《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制",
      fix: "把文号和标题替换为适用通知的文号和标题（安全修复：只改引用文字）。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号；国办公开办函〔2021〕30号。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let report = context.report
    guard let expected = report.expectedFormat else { return [] }
    let notice = ReportFormats.format(expected).notice
    let wrong = report.notices.filter { $0.format != expected }
    return groups(wrong, text: context.text).map { group in
      let range = group.map(\.range).reduce(group[0].range) { $0.union($1) }
      let cited = ReportFormats.format(group[0].format).notice.number
      let year = report.reportYear ?? 0
      return Finding(
        message: LocalizedText(
          zh: "\(year)年度报告引用了\(cited)，应为\(notice.number)",
          en: "A \(year) report cites \(cited); it should cite \(notice.number)"
        ),
        range: range, related: [context.reportYearLocation].compactMap { $0 },
        fixes: [
          Fix(
            title: LocalizedText(zh: "改为引用\(notice.number)", en: "Cite \(notice.number) instead"), isSafe: true,
            edits: group.map { TextEdit(range: $0.range, newText: replacement(for: $0, with: notice)) }
          )
        ]
      )
    }
  }

  /// Citations written side by side (a title and its number) form one finding.
  private static func groups(_ citations: [NoticeCitation], text: SourceText) -> [[NoticeCitation]] {
    var groups: [[NoticeCitation]] = []
    for citation in citations {
      if let last = groups.last?.last, citation.range.start - last.range.end <= 9,
        !text[TextRange(start: last.range.end, end: citation.range.start)].contains("。")
      {
        groups[groups.count - 1].append(citation)
      } else {
        groups.append([citation])
      }
    }
    return groups
  }

  private static func replacement(for citation: NoticeCitation, with notice: FormatNotice) -> String {
    switch citation.kind {
    case .number: notice.number
    case .noticeTitle: notice.noticeTitle
    case .formatTitle: notice.formatTitle
    }
  }
}
