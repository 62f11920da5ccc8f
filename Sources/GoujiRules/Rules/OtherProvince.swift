import GoujiSyntax
import GoujiText

/// GJ505: the text names another province, or a prefecture-level city of another province, than the one the body's
/// name places it in.
package enum OtherProvince: RegionalRule {
  package static let metadata = RuleMetadata(
    code: "GJ505", name: "other-province", severity: .information, fixAvailability: .never, scope: .regions,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "正文出现其他省份或其城市的名称", en: "The text names another province or one of its cities"),
      checks: "机关名称以省级行政区全称（如“山东省科学技术厅”）或地级市全称（如“周口市科学技术局”，按所属省份）开头时，"
        + "各部分正文（统计表除外）是否出现另一个省级行政区的全称（如“浙江省”）或另一省份的地级市全称（如“杭州市”）；本省的城市不算。"
        + "城市名按“市”前最长的名称读取（“马鞍山市”不是“鞍山市”），“市场”和与前一个地名连写的（“南昌都市圈”不是“昌都市”）不算。"
        + "所在句子讲对口支援、协作、帮扶、学习、考察、交流的，或属于全国性场合（党中央、国务院、中央、全国、国家，会议、论坛，党性、红色教育，"
        + "如首都北京在“党中央、国务院”语境中）的不算。每个名称只报告第一次出现。",
      why: "其他省份的名称出现在本机关的年度报告中，多是参照其他地区的报告撰写时没有改干净，会让读者怀疑报告内容是否真实。",
      wrong: "周口市某局2022年政府信息公开工作年度报告 …… 按照杭州市政务公开工作要点，……",
      right: "周口市某局2022年政府信息公开工作年度报告 …… 按照周口市政务公开工作要点，……",
      fix: "无自动修复：核实后改为本省的名称或删除。",
      basis: RuleBasis(note: "审核实践（practice）：照抄其他地区的报告是年度报告审核中指出的常见问题；条例没有专门规定。")
    )
  )

  /// Words of a sentence that names another region for a reason of its own: cooperation and learning, and national
  /// contexts (the capital as the seat of 党中央 and 国务院, a national meeting held in a city).
  private static let legitimate = WordList([
    "对口", "支援", "协作", "帮扶", "援", "学习", "借鉴", "考察", "交流", "合作", "中央", "国务院", "全国", "国家",
    "会议", "召开", "举办", "论坛", "博览会", "党性", "红色", "革命",
  ])

  /// The province the body's name places it in, when it names one.
  private static func ownProvince(_ context: RuleContext) -> (agency: String, province: String)? {
    guard let agency = context.report.title?.agency,
      let own = ProvinceNames.province(of: agency) ?? CityNames.province(of: agency)
    else { return nil }
    return (agency, own)
  }

  /// Its names are read sentence by sentence.
  package static var readsSubLineRegions: Bool { true }

  /// The places the prose of one block names, sentence by sentence (a sentence ends at a line break, so blocks of
  /// whole lines find what the whole prose names), in text order; nothing when the body's name places it nowhere.
  package static func partial(_ context: RuleContext, in region: TextRange) -> [PlaceMention] {
    guard ownProvince(context) != nil else { return [] }
    return context.proseViews(inBlock: region).flatMap { prose in
      prose.sentences().filter { !prose.containsAny(legitimate, in: $0) }.flatMap { sentence in
        names(in: sentence, of: prose).map { PlaceMention(name: $0, province: $1, range: prose.sourceRange($2)) }
      }
    }
  }

  package static func moved(_ partial: [PlaceMention], by move: (TextRange) -> TextRange) -> [PlaceMention] {
    partial.map { PlaceMention(name: $0.name, province: $0.province, range: move($0.range)) }
  }

  /// The first mention of each place of another province.
  package static func findings(_ context: RuleContext, from partials: BlockPartials<Self>) -> [Finding] {
    guard let (agency, own) = ownProvince(context) else { return [] }
    var reported: Set<String> = []
    var findings: [Finding] = []
    for mention in partials.found.flatMap(\.partial) where mention.province != own && !reported.contains(mention.name) {
      reported.insert(mention.name)
      findings.append(finding(mention.name, province: mention.province, agency: agency, own: own, range: mention.range))
    }
    return findings.sorted { $0.range.start < $1.range.start }
  }

  /// The provinces (`浙江省`) and prefecture-level cities (`杭州市`) a sentence names, with their provinces, in order.
  private static func names(in sentence: Range<Int>, of prose: ProseView) -> [(String, String, Range<Int>)] {
    let provinces = prose.firstIndices(of: provinceNames, in: sentence)
    var found = zip(ProvinceNames.all, provinces).compactMap { name, index in
      index.map { (name, name, $0..<($0 + name.unicodeScalars.count)) }
    }
    found += CityNames.mentions(in: sentence, of: prose).map { ($0.name + "市", $0.province, $0.range) }
    return found.sorted { $0.2.lowerBound < $1.2.lowerBound }
  }

  /// ``ProvinceNames/all`` as a list to search for.
  private static let provinceNames = WordList(ProvinceNames.all)

  private static func finding(_ name: String, province: String, agency: String, own: String, range: TextRange)
    -> Finding
  {
    let isCity = name != province
    return Finding(
      message: LocalizedText(
        zh: "正文提到“\(name)”\(isCity ? "（\(province)）" : "")，而“\(agency)”属于\(own)；请确认不是套用其他地区的内容",
        en:
          "The text names “\(name)”\(isCity ? " (in \(province))" : ""), but “\(agency)” is in \(own); check it is not copied from another region's report"
      ),
      range: range
    )
  }
}

/// A province or prefecture-level city the prose names (GJ505), with its province.
package struct PlaceMention: Sendable {
  var name: String
  var province: String
  var range: TextRange
}
