import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ409: most of the prose repeats last year's report of the same body sentence for sentence (内容雷同).
package enum ProseSimilarToLastYear: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ409", name: "prose-similar-to-last-year", severity: .information, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "正文与上一年度报告内容雷同", en: "The prose repeats last year's report"),
      checks:
        "需要同一机关上一年度的报告（与 GJ402 相同）。把两份报告的正文（六个部分的正文，统计表除外）按句切分（。！？；、换行和制表符），每句只留文字：空白和标点不计，连续的数字算作一个占位符，所以只改了数字的句子算相同的句子；少于\(RuleContext.shortestComparedSentence)个字的句子（小标题、“无。”）不比较。本年正文中与上一年度某句相同的句子，所含文字占本年全部比较文字的百分比达到\(threshold)%，且本年比较的文字不少于\(shortestProse)字时，给出提示，说明百分比和字数。计算时间与正文长度成正比。",
      why:
        "《条例》第五十条规定了年度报告应当包括的内容，都是报告年度的情况。逐年照搬上一年度的报告、只换数字（“内容雷同”）是审核中常被指出的问题。大部分句子与上一年度相同，说明报告没有写出本年度的工作。这只是提示：比较的是句子是否相同，不判断内容是否属实。",
      wrong: "2022年报告：本机关严格落实政府信息公开各项要求，主动公开政府信息120条。\n2023年报告：本机关严格落实政府信息公开各项要求，主动公开政府信息135条。（全文如此）",
      right: "2023年报告写明本年度新的工作、问题和改进，而不是改动上一年度报告的数字。",
      fix: "无自动修复：按本年度的实际工作重写正文。",
      basis: RuleBasis(
        [ArticleReference(article: 50)],
        note: "（“政府信息公开工作年度报告应当包括下列内容”）；“内容雷同”作为问题是审核实践（practice），本项目的参考资料没有收录点名这一问题的文件原文。"
      )
    )
  )

  /// The share of this year's compared letters, in percent, from which the prose is reported.
  static let threshold = 70
  /// The fewest letters compared this year: shorter prose says too little to compare.
  static let shortestProse = 200

  package static func check(_ context: RuleContext) -> [Finding] {
    guard let previous = context.previous, !previous.sentences.isEmpty else { return [] }
    let sentences = context.narrativeSentences
    let total = sentences.reduce(0) { $0 + $1.weight }
    let repeated = sentences.filter { previous.sentences.contains($0.hash) }.reduce(0) { $0 + $1.weight }
    guard total >= shortestProse, repeated * 100 >= threshold * total else { return [] }
    let percent = repeated * 100 / total
    let name = previous.name
    return [
      Finding(
        message: LocalizedText(
          zh: "正文与\(name.zh)内容雷同：本年正文比较的\(total)字中，\(repeated)字（\(percent)%）所在的句子与上一年度相同（数字不计）",
          en:
            "The prose repeats \(name.en): \(repeated) of the \(total) letters compared (\(percent)%) are in sentences that are in last year's prose (figures aside)"
        ),
        range: place(context.report)
      )
    ]
  }

  /// Where the finding is shown: the title, else the first section heading, else the first line.
  private static func place(_ report: Report) -> TextRange {
    if let title = report.title { return title.range }
    if let first = report.sections.first { return first.heading.range }
    return report.text.trimmingSpaces(report.text.lineRange(0))
  }
}
