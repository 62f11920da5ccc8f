/// Data shared by both formats: table 三's columns, groups and common rows, and table 四 (identical in 2019 and 2021).
enum SharedTables {
  static let table3Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

  static let applicantColumns: [ColumnSpec] = [
    ColumnSpec(key: "natural", label: "自然人", kind: .count),
    ColumnSpec(key: "commercial", label: "商业企业", kind: .count),
    ColumnSpec(key: "research", label: "科研机构", kind: .count),
    ColumnSpec(key: "publicInterest", label: "社会公益组织", kind: .count),
    ColumnSpec(key: "legal", label: "法律服务机构", kind: .count),
    ColumnSpec(key: "other", label: "其他", kind: .count),
    ColumnSpec(key: "total", label: "总计", kind: .count),
  ]

  static let groups: [GroupSpec] = [
    GroupSpec(key: "outcome", label: "三、本年度办理结果", core: "本年度办理结果", numbering: "三、", namesSubRows: false),
    GroupSpec(key: "withheld", label: "（三）不予公开", core: "不予公开", numbering: "（三）", namesSubRows: true),
    GroupSpec(key: "unable", label: "（四）无法提供", core: "无法提供", numbering: "（四）", namesSubRows: true),
    GroupSpec(key: "ignored", label: "（五）不予处理", core: "不予处理", numbering: "（五）", namesSubRows: true),
  ]

  static func row(_ key: String, _ numbering: String, _ core: String, group: String? = nil, aliases: [String] = [])
    -> RowSpec
  {
    RowSpec(key: key, label: numbering + core, core: core, numbering: numbering, group: group, aliases: aliases)
  }

  /// Rows up to and including （五）不予处理 5.
  static let leadingRows: [RowSpec] = [
    row("new", "一、", "本年新收政府信息公开申请数量"),
    row("carried", "二、", "上年结转政府信息公开申请数量"),
    row("public", "（一）", "予以公开", group: "outcome"),
    row("partial", "（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）", group: "outcome", aliases: ["部分公开"]),
    row("withheld.secret", "1.", "属于国家秘密", group: "withheld"),
    row("withheld.prohibited", "2.", "其他法律行政法规禁止公开", group: "withheld"),
    row("withheld.security", "3.", "危及“三安全一稳定”", group: "withheld"),
    row("withheld.thirdParty", "4.", "保护第三方合法权益", group: "withheld"),
    row("withheld.internal", "5.", "属于三类内部事务信息", group: "withheld"),
    row("withheld.process", "6.", "属于四类过程性信息", group: "withheld"),
    row("withheld.enforcement", "7.", "属于行政执法案卷", group: "withheld"),
    row("withheld.query", "8.", "属于行政查询事项", group: "withheld"),
    row("unable.notHeld", "1.", "本机关不掌握相关政府信息", group: "unable"),
    row("unable.needsCreation", "2.", "没有现成信息需要另行制作", group: "unable"),
    row("unable.unclear", "3.", "补正后申请内容仍不明确", group: "unable"),
    row("ignored.petition", "1.", "信访举报投诉类申请", group: "ignored"),
    row("ignored.repeated", "2.", "重复申请", group: "ignored"),
    row("ignored.publication", "3.", "要求提供公开出版物", group: "ignored"),
    row("ignored.excessive", "4.", "无正当理由大量反复申请", group: "ignored"),
    row("ignored.confirmation", "5.", "要求行政机关确认或重新出具已获取信息", group: "ignored"),
  ]

  /// Rows after （六）.
  static let trailingRows: [RowSpec] = [
    row("outcomeTotal", "（七）", "总计", group: "outcome"),
    row("carryOver", "四、", "结转下年度继续办理"),
  ]

  /// The three balancing rules of table 三 for a format whose outcome rows are `outcomeRows`.
  static func table3Rules(outcomeRows: [String]) -> [BalanceRule] {
    [
      BalanceRule(
        id: "R3-1", role: .columnBalance, title: FormatName(zh: "列平衡", en: "Column balance"), table: .table3,
        axis: .eachColumn, total: ["outcomeTotal", "carryOver"],
        parts: ["new", "carried"], fixTarget: "carryOver"
      ),
      BalanceRule(
        id: "R3-2", role: .rowTotal, title: FormatName(zh: "行合计", en: "Row total"), table: .table3, axis: .eachRow,
        total: ["total"],
        parts: ["natural", "commercial", "research", "publicInterest", "legal", "other"], fixTarget: "total"
      ),
      BalanceRule(
        id: "R3-3", role: .outcomeTotal, title: FormatName(zh: "办理结果合计", en: "Outcome total"), table: .table3,
        axis: .eachColumn, total: ["outcomeTotal"], parts: outcomeRows,
        fixTarget: "outcomeTotal"
      ),
    ]
  }

  static func outcomeRows(of rows: [RowSpec]) -> [String] {
    rows.filter { $0.group != nil && $0.key != "outcomeTotal" }.map(\.key)
  }

  static let table4 = Table4Spec(
    rows: [
      RowSpec(key: "review", label: "行政复议", core: "行政复议", numbering: ""),
      RowSpec(key: "suitDirect", label: "行政诉讼 未经复议直接起诉", core: "未经复议直接起诉", numbering: ""),
      RowSpec(key: "suitAfterReview", label: "行政诉讼 复议后起诉", core: "复议后起诉", numbering: ""),
    ],
    columns: [
      ColumnSpec(key: "upheld", label: "结果维持", kind: .count),
      ColumnSpec(key: "corrected", label: "结果纠正", kind: .count),
      ColumnSpec(key: "otherResult", label: "其他结果", kind: .count),
      ColumnSpec(key: "pending", label: "尚未审结", kind: .count),
      ColumnSpec(key: "total", label: "总计", kind: .count),
    ],
    headers: ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    rules: [
      BalanceRule(
        id: "R4", role: .groupTotal, title: FormatName(zh: "组合计", en: "Group total"), table: .table4,
        axis: .eachRow, total: ["total"],
        parts: ["upheld", "corrected", "otherResult", "pending"], fixTarget: "total"
      )
    ]
  )
}
