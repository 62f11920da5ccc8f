import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ202: the tables follow the other format than the report year requires.
package enum FormatMismatch: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ202", name: "format-mismatch", severity: .error, fixAvailability: .sometimes,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "表格格式与报告年度不符", en: "The tables follow the other format than the year requires"),
      checks:
        "2019、2020年度报告应使用2019年格式（试行），2021年度起应使用2021年格式。表格属于哪种格式，由表中只在一种格式出现的标签判断（如“本年新制作数量”“规范性文件”“政府集中采购”属2019年格式，“本年制发件数”“行政规范性文件”和（六）的三个子项属2021年格式）。消息按格式表二的顺序（逐个子表，先列标题后行标签）列出至多四个这样的标签，每个只列一次，与文本的排版无关。",
      why: "2021年格式调整了表二的统计内容，并把表三（六）其他处理细分为三项；用错格式，数据就不符合当年的统计口径。",
      wrong: "某局2022年政府信息公开工作年度报告 …… 规范性文件\t0\t0\t0",
      right: "…… 行政规范性文件\t0\t0\t0",
      fix: "把表二中含义相同的标签改为正确格式的写法（如“规范性文件”与“行政规范性文件”）。没有对应关系的统计项需要人工处理。修复为不安全修复。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号；国办公开办函〔2021〕30号（2021年度起适用）。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let report = context.report
    guard context.tablesApply, let expected = report.expectedFormat, let actual = report.tableFormat, actual != expected
    else { return [] }
    let wrong = report.formatEvidence.filter { $0.format == actual }
    guard let first = wrong.first else { return [] }
    let labels = labelsInFormatOrder(wrong, of: actual).prefix(4).map { "“\($0)”" }.joined(separator: "、")
    let year = report.reportYear ?? 0
    var related = [context.reportYearLocation].compactMap { $0 }
    related += wrong.dropFirst().prefix(8).map {
      RelatedLocation(range: $0.range, message: LocalizedText(zh: $0.label.singleLine, en: $0.label.singleLine))
    }
    return [
      Finding(
        message: LocalizedText(
          zh: "\(year)年度报告应使用\(context.formatName(expected).zh)，表格却是\(context.formatName(actual).zh)（\(labels)）",
          en:
            "A \(year) report must use \(context.formatName(expected).en), but the tables follow \(context.formatName(actual).en) (\(labels))"
        ),
        range: first.range, related: related, fixes: relabelFix(wrong, to: expected).map { [$0] } ?? []
      )
    ]
  }

  /// Replaces table 二 labels that have a counterpart with the same meaning in the expected format.
  private static func relabelFix(_ evidence: [FormatEvidence], to expected: FormatID) -> Fix? {
    let target = ReportFormats.format(expected)
    let others = ReportFormats.all.filter { $0.id != expected }
    var edits: [TextEdit] = []
    for item in evidence {
      for other in others {
        for subtable in other.table2 {
          guard
            let row = subtable.rows.first(where: { $0.core == NormalizedText.foldedString(item.label, mode: .display) }
            ),
            let counterpart = target.table2.flatMap(\.rows).first(where: { $0.key == row.key }),
            counterpart.label != row.label
          else { continue }
          edits.append(TextEdit(range: item.range, newText: counterpart.label))
        }
      }
    }
    guard !edits.isEmpty else { return nil }
    return Fix(
      title: LocalizedText(
        zh: "把表二的行标签改为\(ReportFormats.format(expected).id.rawValue)年格式",
        en: "Relabel table 二 rows for the \(expected.rawValue) format"),
      isSafe: false, edits: edits
    )
  }
}
