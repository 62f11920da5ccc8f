extension FormatID {
  /// The 2021 format's id.
  package static let format2021 = FormatID(rawValue: "2021")
}

extension ReportFormat {
  /// The 2021 format, for report years 2021 onward: 国办公开办函〔2021〕30号.
  package static let format2021: ReportFormat = {
    let otherHandling = [
      SharedTables.row(
        "other.noCorrection", "1.", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", group: "otherHandling"
      ),
      SharedTables.row(
        "other.unpaidFee", "2.", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", group: "otherHandling"
      ),
      SharedTables.row("other.other", "3.", "其他", group: "otherHandling"),
    ]
    let rows = SharedTables.leadingRows + otherHandling + SharedTables.trailingRows
    let decisions = ColumnSpec(
      key: "decisionsThisYear", label: "本年处理决定数量", kind: .count,
      meaning: ColumnMeaning(.decisions, proseWords: ["决定"])
    )
    let groups =
      SharedTables.groups + [
        GroupSpec(key: "otherHandling", label: "（六）其他处理", core: "其他处理", numbering: "（六）", namesSubRows: true)
      ]
    return ReportFormat(
      id: .format2021,
      displayName: FormatName(zh: "2021年格式", en: "the 2021 format"),
      years: 2021...9999,
      notice: FormatNotice(
        number: "国办公开办函〔2021〕30号", year: 2021, serial: 30,
        noticeTitle: "关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知",
        formatTitle: "中华人民共和国政府信息公开工作年度报告格式",
        fullTitle: "国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知",
        date: "2021-09-26",
        summary: "2021年9月26日印发的现行年度报告格式，取代2019年试行格式，适用于2021年度起的年度报告。"
          + "表二改为四个子表（删去第二十条第（九）项政府集中采购，“规范性文件”改为“行政规范性文件”，各列改为本年制发件数、"
          + "本年废止件数、现行有效件数、本年处理决定数量和本年收费金额）；表三的（六）“其他处理”分为逾期不补正、"
          + "逾期未缴纳信息处理费和其他三项；第六部分还应报告信息处理费的收取情况。"
      ),
      table2: [
        SubtableSpec(
          key: "20.1", clause: "第二十条第（一）项", item: 1,
          columns: [
            ColumnSpec(
              key: "issuedThisYear", label: "本年制发件数", kind: .count,
              meaning: ColumnMeaning(.documentsMade, proseWords: ["制发"])
            ),
            ColumnSpec(
              key: "repealedThisYear", label: "本年废止件数", kind: .count,
              meaning: ColumnMeaning(.documentsRepealed, proseWords: ["废止"])
            ),
            ColumnSpec(
              key: "inForce", label: "现行有效件数", kind: .count,
              meaning: ColumnMeaning(.documentsInForce, proseWords: ["现行有效"])
            ),
          ],
          rows: [
            RowSpec(key: "rules", label: "规章", core: "规章", numbering: ""),
            RowSpec(key: "normativeDocuments", label: "行政规范性文件", core: "行政规范性文件", numbering: ""),
          ],
          yearOverYear: YearOverYear(
            column: "inForce", previousTerms: ["inForce"], added: ["issuedThisYear"], removed: ["repealedThisYear"]
          )
        ),
        SubtableSpec(
          key: "20.5", clause: "第二十条第（五）项", item: 5, columns: [decisions],
          rows: [RowSpec(key: "licensing", label: "行政许可", core: "行政许可", numbering: "")]
        ),
        SubtableSpec(
          key: "20.6", clause: "第二十条第（六）项", item: 6, columns: [decisions],
          rows: [
            RowSpec(key: "penalties", label: "行政处罚", core: "行政处罚", numbering: ""),
            RowSpec(key: "enforcement", label: "行政强制", core: "行政强制", numbering: ""),
          ]
        ),
        SubtableSpec(
          key: "20.8", clause: "第二十条第（八）项", item: 8,
          columns: [
            ColumnSpec(
              key: "feesThisYear", label: "本年收费金额（单位：万元）", kind: .amount(units: ["万元"]),
              aliases: ["本年收费金额"],
              meaning: ColumnMeaning(.feesCollected, proseWords: ["行政事业性收费", "收费金额"])
            )
          ],
          rows: [RowSpec(key: "fees", label: "行政事业性收费", core: "行政事业性收费", numbering: "")]
        ),
      ],
      table3: Table3Spec(
        columns: SharedTables.applicantColumns,
        groups: groups,
        rows: rows,
        rules: SharedTables.table3Rules(outcomeRows: SharedTables.outcomeRows(of: rows)),
        note: SharedTables.table3Note,
        unpaidFeeRow: "other.unpaidFee"
      ),
      table4: SharedTables.table4
    )
  }()
}
