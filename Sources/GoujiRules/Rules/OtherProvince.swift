import GoujiSyntax
import GoujiText

/// GJ505: the text names another province than the one the body's name places it in.
package enum OtherProvince: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ505", name: "other-province", severity: .information, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "正文出现其他省份的名称", en: "The text names another province"),
      checks: "标题中的机关名称以省级行政区全称开头（如“山东省科学技术厅”）时，各部分正文（统计表除外）是否出现另一个省级行政区的全称（如“浙江省”）。所在句子讲对口支援、协作、帮扶、学习、考察、交流的不算。每个省份只报告第一次出现。",
      why: "其他省份的名称出现在本机关的年度报告中，多是参照其他地区的报告撰写时没有改干净，会让读者怀疑报告内容是否真实。",
      wrong: "山东省某厅2022年政府信息公开工作年度报告 …… 按照浙江省政务公开工作要点，……",
      right: "山东省某厅2022年政府信息公开工作年度报告 …… 按照山东省政务公开工作要点，……",
      fix: "无自动修复：核实后改为本省的名称或删除。",
      basis: "《条例》第五十条（年度报告报告本机关的政府信息公开工作）；审核实践：照抄其他地区的报告是年度报告审核中指出的常见问题。"
    )
  )

  /// Words of a sentence that names another province for a reason of its own.
  private static let cooperation = ["对口", "支援", "协作", "帮扶", "援", "学习", "借鉴", "考察", "交流", "合作"]

  package static func check(_ context: RuleContext) -> [Finding] {
    guard let agency = context.report.title?.agency, let own = ProvinceNames.province(of: agency) else { return [] }
    var reported: Set<String> = []
    var findings: [Finding] = []
    for prose in context.proseViews {
      for sentence in prose.sentences() where !cooperation.contains(where: { prose.contains($0, in: sentence) }) {
        for name in ProvinceNames.all where name != own && !reported.contains(name) {
          guard let found = prose.firstIndex(of: name, in: sentence) else { continue }
          reported.insert(name)
          findings.append(Finding(
            message: LocalizedText(
              zh: "正文提到“\(name)”，而“\(agency)”属于\(own)；请确认不是套用其他地区的内容",
              en: "The text names “\(name)”, but “\(agency)” is in \(own); check it is not copied from another region's report"
            ),
            range: prose.sourceRange(found..<(found + name.unicodeScalars.count))
          ))
        }
      }
    }
    return findings.sorted { $0.range.start < $1.range.start }
  }
}
