/// Builds small 2021-format reports for the feature tests: the six sections, table 二, table 三 in the text form
/// asked for, and table 四, with values that balance unless a test changes them.
struct ReportBuilder {
  enum Form { case cellPerLine, tabSeparated }

  /// One data row of table 三: the group label written before it (if any), its label, its seven values.
  struct Row {
    var group: String?
    var label: String
    var values: [String]
  }

  var form: Form = .cellPerLine
  var lineEnding = "\n"
  var year = 2021
  /// Table 三's rows, in order; tests remove or change some.
  var rows: [Row] = ReportBuilder.balancedRows
  var table2 = true
  var table3 = true
  var table4 = true
  /// The body of section 一.
  var overview = "本年度，我局依照《中华人民共和国政府信息公开条例》第二十条第（五）项主动公开行政许可信息。"
  /// Extra lines at the start of section 六.
  var otherMatters = "本年度未收取信息处理费。"

  static let balancedRows: [Row] = [
    Row(label: "一、本年新收政府信息公开申请数量", values: ["12", "1", "0", "0", "0", "0", "13"]),
    Row(label: "二、上年结转政府信息公开申请数量", values: ["2", "0", "0", "0", "0", "0", "2"]),
    Row(group: "三、本年度办理结果", label: "（一）予以公开", values: ["5", "1", "0", "0", "0", "0", "6"]),
    Row(label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", values: zeros(1)),
    Row(group: "（三）不予公开", label: "1.属于国家秘密", values: zeros(0)),
    Row(label: "2.其他法律行政法规禁止公开", values: zeros(0)),
    Row(label: "3.危及“三安全一稳定”", values: zeros(1)),
    Row(label: "4.保护第三方合法权益", values: zeros(0)),
    Row(label: "5.属于三类内部事务信息", values: zeros(0)),
    Row(label: "6.属于四类过程性信息", values: zeros(0)),
    Row(label: "7.属于行政执法案卷", values: zeros(0)),
    Row(label: "8.属于行政查询事项", values: zeros(0)),
    Row(group: "（四）无法提供", label: "1.本机关不掌握相关政府信息", values: zeros(3)),
    Row(label: "2.没有现成信息需要另行制作", values: zeros(0)),
    Row(label: "3.补正后申请内容仍不明确", values: zeros(0)),
    Row(group: "（五）不予处理", label: "1.信访举报投诉类申请", values: zeros(0)),
    Row(label: "2.重复申请", values: zeros(1)),
    Row(label: "3.要求提供公开出版物", values: zeros(0)),
    Row(label: "4.无正当理由大量反复申请", values: zeros(0)),
    Row(label: "5.要求行政机关确认或重新出具已获取信息", values: zeros(0)),
    Row(group: "（六）其他处理", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", values: zeros(0)),
    Row(label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", values: zeros(0)),
    Row(label: "3.其他", values: zeros(0)),
    Row(label: "（七）总计", values: ["11", "1", "0", "0", "0", "0", "12"]),
    Row(label: "四、结转下年度继续办理", values: ["3", "0", "0", "0", "0", "0", "3"]),
  ]

  /// A row whose 自然人 and 总计 are `natural`, every other cell 0.
  private static func zeros(_ natural: Int) -> [String] {
    ["\(natural)", "0", "0", "0", "0", "0", "\(natural)"]
  }

  /// The index of the row whose label contains `text`.
  func rowIndex(_ text: String) -> Int { rows.firstIndex { $0.label.contains(text) }! }

  mutating func set(_ row: String, column: Int, to value: String) { rows[rowIndex(row)].values[column] = value }

  mutating func remove(_ row: String) { rows.remove(at: rowIndex(row)) }

  var text: String {
    var lines = ["某某县科学技术局\(year)年政府信息公开工作年度报告", "", "一、总体情况", overview, "二、主动公开政府信息情况"]
    lines += table2 ? table2Lines : [""]
    lines.append("三、收到和处理政府信息公开申请情况")
    lines += table3 ? table3Lines : [""]
    lines.append("四、政府信息公开行政复议、行政诉讼情况")
    lines += table4 ? table4Lines : [""]
    lines += ["五、存在的主要问题及改进情况", "信息公开的及时性有待提高。", "六、其他需要报告的事项", otherMatters]
    lines += ["", "某某县科学技术局", "\(year + 1)年1月20日", ""]
    return lines.joined(separator: lineEnding)
  }

  // MARK: Tables

  /// Cells in the builder's form: one per line after a TAB, or TAB-separated on one line.
  private func tableRow(_ cells: [String]) -> [String] {
    switch form {
    case .cellPerLine: cells.map { "\t" + $0 } + [""]
    case .tabSeparated: [cells.joined(separator: "\t")]
    }
  }

  private var table2Lines: [String] {
    let subtables: [(String, [String], [(String, Int)])] = [
      ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], [("规章", 3), ("行政规范性文件", 3)]),
      ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", 1)]),
      ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", 1), ("行政强制", 1)]),
      ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", 1)]),
    ]
    return subtables.flatMap { clause, columns, rows in
      tableRow([clause]) + tableRow(["信息内容"] + columns)
        + rows.flatMap { label, count in tableRow([label] + Array(repeating: "0", count: count)) }
    }
  }

  private var table3Lines: [String] {
    let header: [String]
    switch form {
    case .cellPerLine:
      header =
        tableRow(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"])
        + tableRow(["自然人", "法人或其他组织", "总计"]) + tableRow(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])
    case .tabSeparated:
      header = [
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
        "\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
      ]
    }
    return header
      + rows.flatMap { row in
        switch form {
        case .cellPerLine: return (row.group.map { ["\t" + $0] } ?? []) + tableRow([row.label] + row.values)
        case .tabSeparated:
          let lead = row.group.map { [$0] } ?? (["一、", "二、", "四、"].contains { row.label.hasPrefix($0) } ? [] : [""])
          return tableRow(lead + [row.label] + row.values)
        }
      }
  }

  private var table4Lines: [String] {
    tableRow(["行政复议", "行政诉讼"]) + tableRow(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"])
      + tableRow(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
      + tableRow(["1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"])
  }
}
