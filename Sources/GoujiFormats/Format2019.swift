extension FormatID {
  /// The 2019 format's id.
  package static let format2019 = FormatID(rawValue: "2019")
}

extension ReportFormat {
  /// The 2019 format (试行), for report years 2019 and 2020: 国办公开办函〔2019〕60号.
  package static let format2019: ReportFormat = {
    let rows =
      SharedTables.leadingRows + [SharedTables.row("otherHandling", "（六）", "其他处理", group: "outcome")]
      + SharedTables.trailingRows
    let lastYear = ColumnSpec(key: "lastYearItems", label: "上一年项目数量", kind: .count)
    let change = ColumnSpec(key: "change", label: "本年增/减", kind: .signedChange, aliases: ["本年增减"])
    let decisions = ColumnSpec(
      key: "decisions", label: "处理决定数量", kind: .count, meaning: ColumnMeaning(.decisions, proseWords: ["决定"])
    )
    let itemsFollow = YearOverYear(column: "lastYearItems", previousTerms: ["lastYearItems", "change"])
    return ReportFormat(
      id: .format2019,
      displayName: FormatName(zh: "2019年格式（试行）", en: "the 2019 format"),
      years: 2019...2020,
      notice: FormatNotice(
        number: "国办公开办函〔2019〕60号", year: 2019, serial: 60,
        noticeTitle: "关于政府信息公开工作年度报告有关事项的通知",
        formatTitle: "中华人民共和国政府信息公开工作年度报告格式（试行）",
        noticeTitleVariants: ["关于政府信息公开年度报告有关事项的通知"],
        fullTitle: "关于政府信息公开工作年度报告有关事项的通知",
        date: nil,
        summary: "2019年《条例》修订施行后的第一个全国统一年度报告格式，"
          + "以附件《中华人民共和国政府信息公开工作年度报告格式（试行）》印发，适用于2019年度和2020年度的年度报告。"
          + "表二按《条例》第二十条第（一）（五）（六）（八）（九）项分为五个子表（含政府集中采购），"
          + "表三的（六）“其他处理”只有一行。"
      ),
      table2: [
        SubtableSpec(
          key: "20.1", clause: "第二十条第（一）项", item: 1,
          columns: [
            ColumnSpec(
              key: "madeThisYear", label: "本年新制作数量", kind: .count,
              meaning: ColumnMeaning(.documentsMade, proseWords: ["新制作"])
            ),
            ColumnSpec(key: "publishedThisYear", label: "本年新公开数量", kind: .count),
            ColumnSpec(key: "publishedTotal", label: "对外公开总数量", kind: .count),
          ],
          rows: [
            RowSpec(key: "rules", label: "规章", core: "规章", numbering: ""),
            RowSpec(key: "normativeDocuments", label: "规范性文件", core: "规范性文件", numbering: ""),
          ],
          orderings: [ColumnOrdering(larger: "publishedTotal", smaller: "publishedThisYear")]
        ),
        SubtableSpec(
          key: "20.5", clause: "第二十条第（五）项", item: 5, columns: [lastYear, change, decisions],
          rows: [
            RowSpec(key: "licensing", label: "行政许可", core: "行政许可", numbering: ""),
            RowSpec(key: "otherServices", label: "其他对外管理服务事项", core: "其他对外管理服务事项", numbering: ""),
          ],
          yearOverYear: itemsFollow
        ),
        SubtableSpec(
          key: "20.6", clause: "第二十条第（六）项", item: 6, columns: [lastYear, change, decisions],
          rows: [
            RowSpec(key: "penalties", label: "行政处罚", core: "行政处罚", numbering: ""),
            RowSpec(key: "enforcement", label: "行政强制", core: "行政强制", numbering: ""),
          ],
          yearOverYear: itemsFollow
        ),
        SubtableSpec(
          key: "20.8", clause: "第二十条第（八）项", item: 8, columns: [lastYear, change],
          rows: [RowSpec(key: "fees", label: "行政事业性收费", core: "行政事业性收费", numbering: "")],
          yearOverYear: itemsFollow
        ),
        SubtableSpec(
          key: "20.9", clause: "第二十条第（九）项", item: 9,
          columns: [
            ColumnSpec(key: "procurementItems", label: "采购项目数量", kind: .count),
            ColumnSpec(key: "procurementAmount", label: "采购总金额", kind: .amount(units: ["元", "万元"])),
          ],
          rows: [RowSpec(key: "procurement", label: "政府集中采购", core: "政府集中采购", numbering: "")]
        ),
      ],
      table3: Table3Spec(
        columns: SharedTables.applicantColumns,
        groups: SharedTables.groups,
        rows: rows,
        rules: SharedTables.table3Rules(outcomeRows: SharedTables.outcomeRows(of: rows)),
        note: SharedTables.table3Note
      ),
      table4: SharedTables.table4
    )
  }()
}
