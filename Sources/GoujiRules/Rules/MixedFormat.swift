import GoujiFormats
import GoujiSyntax

/// GJ205: the tables mix labels of both formats.
package enum MixedFormat: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ205", name: "mixed-format", severity: .error, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "表格混用了两种格式的标签", en: "The tables mix labels of both formats"),
      checks: "表二、表三中同时出现只属于2019年格式的标签和只属于2021年格式的标签。",
      why: "混用格式的表格不符合任何一年的统计口径，通常是拼接了不同年份的模板。",
      wrong: "本年制发件数 …… 规范性文件 ……",
      right: "本年制发件数 …… 行政规范性文件 ……",
      fix: "无自动修复。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号；国办公开办函〔2021〕30号。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let evidence = context.report.formatEvidence
    guard context.tablesApply, let main = context.report.tableFormat else { return [] }
    let minority = evidence.filter { $0.format != main }
    guard let first = minority.first, evidence.contains(where: { $0.format == main }) else { return [] }
    let labels = minority.prefix(4).map { "“\($0.label.singleLine)”" }.joined(separator: "、")
    let other = first.format
    return [
      Finding(
        message: LocalizedText(
          zh: "表格主要按\(context.formatName(main).zh)填写，却混有\(context.formatName(other).zh)的标签\(labels)",
          en:
            "The tables follow \(context.formatName(main).en) but contain labels of \(context.formatName(other).en): \(labels)"
        ),
        range: first.range,
        related: minority.dropFirst().prefix(8).map {
          RelatedLocation(range: $0.range, message: LocalizedText(zh: $0.label.singleLine, en: $0.label.singleLine))
        }
      )
    ]
  }
}
