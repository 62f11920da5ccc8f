import GoujiText

/// One of the six top-level sections every report has (both formats).
package struct SectionSpec: Sendable, Hashable {
  /// 1 to 6.
  package var number: Int
  /// The canonical title without its number: `总体情况`.
  package var title: String
  /// Known variant titles, accepted with a hint rather than a warning.
  package var variants: [String]
  /// Words that identify the section's subject in a heading whose wording is off.
  package var keywords: [String]
  /// The table the section holds.
  package var table: TableID?

  /// The canonical heading: `一、总体情况`.
  package var heading: String { ChineseNumeral.string(number) + "、" + title }
}

/// The sections of the national report, in order.
package enum ReportSections {
  package static let all: [SectionSpec] = [
    SectionSpec(number: 1, title: "总体情况", variants: [], keywords: ["总体情况", "总体"], table: nil),
    SectionSpec(
      number: 2, title: "主动公开政府信息情况", variants: [], keywords: ["主动公开"], table: .table2
    ),
    SectionSpec(
      number: 3, title: "收到和处理政府信息公开申请情况", variants: [],
      keywords: ["收到和处理", "依申请", "处理政府信息公开申请", "公开申请情况"], table: .table3
    ),
    SectionSpec(
      number: 4, title: "政府信息公开行政复议、行政诉讼情况",
      variants: ["因政府信息公开工作被申请行政复议、提起行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"],
      keywords: ["行政复议", "行政诉讼"], table: .table4
    ),
    SectionSpec(
      number: 5, title: "存在的主要问题及改进情况",
      variants: ["政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况"],
      keywords: ["存在的主要问题", "存在问题", "主要问题", "改进情况"], table: nil
    ),
    SectionSpec(
      number: 6, title: "其他需要报告的事项", variants: [], keywords: ["其他需要报告", "其他事项", "需要报告的事项"],
      table: nil
    ),
  ]

  package static func spec(_ number: Int) -> SectionSpec? { all.first { $0.number == number } }
}
