import GoujiFormats
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ407: table 二 counts 规章 made by a body whose name says it is a county (district) government or below, or one
/// of their departments: bodies that cannot make 规章.
package enum RulesWithoutPower: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ407", name: "rules-without-power", severity: .information, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "无权制定规章的机关填报了规章", en: "规章 counted by a body that cannot make them"),
      checks:
        "表二第二十条第（一）项“规章”一行：2021年格式的本年制发件数、本年废止件数、现行有效件数，2019年格式的本年新制作数量，是否大于0，而标题中的机关名称表明它是县（区、旗）、乡镇人民政府、街道办事处或其部门。只看名称中明确的层级（县、区、旗、乡、镇、街道；“自治区”“社区”“园区”“区域”“城乡”“乡村”“城镇”等词中的字不算），县级市等从名称看不出层级的不检查。",
      why: "规章只能由国务院部门和省、自治区、直辖市、设区的市、自治州的人民政府制定。县级及以下机关填报规章件数，多是把规范性文件或上级规章填进了规章一行。",
      wrong: "某区科技局2022年政府信息公开工作年度报告 …… 规章\t2\t0\t2",
      right: "…… 规章\t0\t0\t0\n行政规范性文件\t2\t0\t2",
      fix: "无自动修复：核实后把数字移到“行政规范性文件”一行，或改为0。",
      basis: RuleBasis(
        [ArticleReference(article: 20, item: 1)],
        note: "；《中华人民共和国立法法》关于部门规章和地方政府规章制定主体的规定（2015年文本第八十条、第八十二条）。"
      )
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.tablesApply, let agency = context.report.title?.agency,
      let row = context.report.table2?.row("rules"),
      let columns = context.format.table2.first(where: { $0.rows.contains { $0.key == "rules" } })?.columns
    else { return [] }
    let counted = zip(columns, row.cells).filter { column, cell in
      column.meaning?.measure.countsOwnDocuments == true && (cell.arithmeticValue ?? 0) > 0
    }
    // The level last: most reports count no rules, and the name's searches cost 200,000 instructions a report.
    guard let first = counted.first, let level = countyLevel(agency) else { return [] }
    let listed = counted.map { "\($0.0.label)\($0.1.text)" }.joined(separator: "，")
    let listedEnglish = counted.map { "\($0.0.label) \($0.1.text)" }.joined(separator: ", ")
    return [
      Finding(
        message: LocalizedText(
          zh: "表二“规章”填写了\(listed)，但“\(agency)”是县级及以下的机关（名称含“\(level)”），无权制定规章",
          en:
            "Table 二 counts 规章 (\(listedEnglish)), but “\(agency)” is a body at county level or below (its name has “\(level)”), which cannot make 规章"
        ),
        range: first.1.range,
        related: counted.dropFirst().map { column, cell in
          RelatedLocation(
            range: cell.range,
            message: LocalizedText(zh: "规章\(column.label)\(cell.text)", en: "规章 \(column.label) \(cell.text)")
          )
        }
      )
    ]
  }

  /// Words with a level character that name no level (`住房和城乡建设局`, `乡村振兴局`, `区域`), and 自治区 (a
  /// province).
  private static let notLevels = ["自治区", "社区", "园区", "景区", "地区", "区域", "城乡", "乡村", "城镇", "红旗"]

  /// `县`, `区`, `旗`, `乡`, `镇` or `街道` when the name states such a level (`台儿庄区科技局`, `某镇人民政府`).
  static func countyLevel(_ agency: String) -> String? {
    let name = notLevels.reduce(agency) { $0.replacingOccurrences(of: $1, with: "〇") }
    for word in ["街道", "县", "旗", "区", "乡", "镇"] {
      guard let found = name.range(of: word), found.lowerBound > name.startIndex else { continue }
      return word
    }
    return nil
  }
}
