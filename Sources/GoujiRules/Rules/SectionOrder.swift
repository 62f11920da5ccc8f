import GoujiFormats
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ102: sections out of order, a number used twice, or a top-level number inside another section.
package enum SectionOrder: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ102", name: "section-order", severity: .warning, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "章节顺序或编号有误", en: "Sections out of order or numbered twice"),
      checks: "六个部分是否按一至六的顺序出现；一级编号（一、二、…）是否重复使用；某部分内部是否出现了一级编号的标题（如第五部分中的“三、下步打算”）。",
      why: "统一格式规定了六个部分的顺序。重复或错位的一级编号会让读者误以为开始了新的部分，常见于从其他文件复制内容或PDF转换时标题错位。",
      wrong: "五、存在的主要问题及改进情况\n……\n三、下步打算及努力方向",
      right: "五、存在的主要问题及改进情况\n（一）存在的主要问题\n（二）下步打算及努力方向",
      fix: "无自动修复：应当改为下一级编号还是移动位置，需要人工判断。",
      basis: RuleBasis(
        [ArticleReference(article: 50)],
        note: "；国办公开办函〔2021〕30号年度报告格式的六个部分。"
      )
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    pieces(context).flatMap(\.current)
  }

  /// The findings on sections out of order, made at once, then those on the report's stray headings, made when read
  /// from them (``StrayHeadingFindings``: a text of `一、x` lines has one a line).
  package static func pieces(_ context: RuleContext) -> [FindingPiece] {
    [FindingPiece(findings: outOfOrder(context.report.sections)), FindingPiece(source: StrayHeadingFindings(context))]
  }

  /// A finding on each section that comes after a section with a higher number.
  private static func outOfOrder(_ sections: [Section]) -> [Finding] {
    var findings: [Finding] = []
    for (index, section) in sections.enumerated() {
      guard let later = sections[..<index].first(where: { $0.number > section.number }) else { continue }
      let name = ChineseNumeral.string(section.number)
      findings.append(
        Finding(
          message: LocalizedText(
            zh: "第\(name)部分出现在第\(ChineseNumeral.string(later.number))部分之后",
            en: "Section \(section.number) comes after section \(later.number)"
          ),
          range: section.heading.range,
          related: [
            RelatedLocation(
              range: later.heading.range,
              message: LocalizedText(zh: "第\(ChineseNumeral.string(later.number))部分", en: "section \(later.number)"))
          ]
        ))
    }
    return findings
  }
}
