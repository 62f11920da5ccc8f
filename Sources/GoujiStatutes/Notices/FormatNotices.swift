/// The two notices that set the annual report format, from `reference/formats.md`.
package enum FormatNotices {
  package static let trial2019 = FormatNotice(
    id: .trial2019,
    documentNumber: "国办公开办函〔2019〕60号",
    title: "关于政府信息公开工作年度报告有关事项的通知",
    formatTitle: "中华人民共和国政府信息公开工作年度报告格式（试行）",
    issuer: "国务院办公厅政府信息与政务公开办公室",
    date: nil,
    firstReportYear: 2019,
    lastReportYear: 2020,
    summary: "2019年《条例》修订施行后的第一个全国统一年度报告格式，"
      + "以附件《中华人民共和国政府信息公开工作年度报告格式（试行）》印发，适用于2019年度和2020年度的年度报告。"
      + "表二按《条例》第二十条第（一）（五）（六）（八）（九）项分为五个子表（含政府集中采购），"
      + "表三的（六）“其他处理”只有一行。"
  )

  package static let revised2021 = FormatNotice(
    id: .revised2021,
    documentNumber: "国办公开办函〔2021〕30号",
    title: "国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知",
    formatTitle: "中华人民共和国政府信息公开工作年度报告格式",
    issuer: "国务院办公厅政府信息与政务公开办公室",
    date: "2021-09-26",
    firstReportYear: 2021,
    lastReportYear: nil,
    summary: "2021年9月26日印发的现行年度报告格式，取代2019年试行格式，适用于2021年度起的年度报告。"
      + "表二改为四个子表（删去第二十条第（九）项政府集中采购，“规范性文件”改为“行政规范性文件”，各列改为本年制发件数、"
      + "本年废止件数、现行有效件数、本年处理决定数量和本年收费金额）；表三的（六）“其他处理”分为逾期不补正、"
      + "逾期未缴纳信息处理费和其他三项；第六部分还应报告信息处理费的收取情况。"
  )

  /// Both notices, oldest first.
  package static let all = [trial2019, revised2021]

  /// The notice with identifier `id`.
  package static func notice(_ id: FormatNotice.ID) -> FormatNotice {
    id == .trial2019 ? trial2019 : revised2021
  }

  /// The notice whose format applies to a report covering `year`, or `nil` for years before 2019 (free format under
  /// the 2007 regulation).
  package static func notice(forReportYear year: Int) -> FormatNotice? {
    all.first { $0.applies(toReportYear: year) }
  }
}
