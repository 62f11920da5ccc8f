import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ103: a heading's wording differs from the canonical title.
package enum SectionTitle: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ103", name: "section-title", severity: .warning, fixAvailability: .sometimes,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "部分标题与规范标题不一致", en: "A heading differs from the canonical title"),
      checks:
        "六个部分的标题（含编号）与格式规定的标题比较。实际报告中常见的变体（如“四、政府信息公开行政复议和行政诉讼情况”）只作提示；多字、错字、编号错误作警告。按“第一部分 总体情况”编号的标题也按编号和措辞认作该部分，但编号与格式规定的“一、”不同，作警告（格式说明列出的变体只是措辞的变体）。比较前先规范化（全角半角、康熙部首、空格）。",
      why: "统一的标题便于公众阅读和上级汇总核查；标题错字通常是编辑疏漏。",
      wrong: "一、政务信息公开总体情况",
      right: "一、总体情况",
      fix: "替换为规范标题（安全修复：只改标题文字）。扁平文本中措辞不同的标题看不出在哪里结束，不提供修复。",
      basis: RuleBasis(note: "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    context.report.sections.compactMap { section in
      guard section.titleMatch != .canonical, let spec = ReportSections.spec(section.number) else { return nil }
      let written = writtenHeading(section.heading, in: context.text)
      let isVariant = section.titleMatch == .variant
      return Finding(
        message: LocalizedText(
          zh: isVariant ? "标题“\(written)”是常见写法，规范标题为“\(spec.heading)”" : "标题“\(written)”应为“\(spec.heading)”",
          en: isVariant
            ? "“\(written)” is a common variant of the title “\(spec.heading)”"
            : "The heading “\(written)” should be “\(spec.heading)”"
        ),
        range: section.heading.range,
        // A heading whose end is a guess (inside flattened text) could not be replaced whole: no fix.
        fixes: section.heading.hasUncertainEnd
          ? []
          : [
            Fix(
              title: LocalizedText(zh: "改为“\(spec.heading)”", en: "Replace with “\(spec.heading)”"), isSafe: true,
              edits: [TextEdit(range: section.heading.range, newText: spec.heading)]
            )
          ],
        severity: isVariant ? .information : nil
      )
    }
  }

  /// The heading as its message names it: its numbering as written (`三、`, `第三部分`, `第3部分`) and its title.
  private static func writtenHeading(_ heading: SectionHeading, in text: SourceText) -> String {
    switch heading.numbering {
    case .enumerated: ChineseNumeral.string(heading.number) + "、" + heading.title
    case .part: NormalizedText.foldedString(text[heading.numberRange], mode: .display) + " " + heading.title
    }
  }
}
