import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// `pandoc -t plain` of a `.docx`: simple and multiline tables whose rule of hyphens gives every column's extent in
/// display cells (CJK two, `𠀀` two). A value goes to the column whose run holds it whole; one astride two runs leaves
/// its row unread. Excerpts laid out as pandoc lays them (the columns of example 004's and `inv-2021-sparse`'s
/// word-pandoc copies), in a report titled with 𠀀 and ended by CRLF.
@Suite struct SimpleTableRuleTests {
  private func report(_ body: [String]) -> Report {
    ReportReader.read(SourceText(ReportExcerpt.text(body, title: "某某省𠀀溪县财政局2022年政府信息公开工作年度报告")))
  }

  /// A line with each word starting at its display column (CJK and `𠀀` two columns), as pandoc pads cells.
  private func line(_ words: [(Int, String)]) -> String {
    words.reduce(into: "") { text, word in
      text += String(repeating: " ", count: max(1, word.0 - DisplayWidth.of(text))) + word.1
    }
  }

  /// A rule of hyphens with one run per column, `(start, end)` in display columns.
  private func rule(_ runs: [(Int, Int)]) -> String {
    line(runs.map { ($0.0, String(repeating: "-", count: $0.1 - $0.0)) })
  }

  private static let table3Runs = [
    (2, 72), (73, 131), (132, 206), (207, 219), (220, 236), (237, 247), (248, 262), (263, 277), (278, 284), (285, 291),
  ]

  /// Table 三 with a note holding `𠀀` before `申请人情况`: the note's width decides where the header's words stand.
  private func table3(_ rows: [String]) -> [String] {
    let runs = rule(Self.table3Runs)
    let header = [
      line([(2, "（注：𠀀溪县）"), (207, "申请人情况")]), "", line([(207, "自然人"), (220, "法人或其他组织"), (285, "总计")]), "",
      line([(220, "商业企业"), (237, "科研机构"), (248, "社会公益组织"), (263, "法律服务机构"), (278, "其他")]), "",
    ]
    return ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "", runs] + header + rows + [runs, ""]
  }

  @Test func rowsWithEmptyCellsUnderLongLabelsArePlacedByTheRule() {
    let report = report(
      table3([
        line([(2, "一、本年新收政府信息公开申请数量"), (207, "3"), (285, "3")]), "",
        line([(2, "二、上年结转政府信息公开申请数量"), (237, "1"), (285, "1")]), "",
        line([(2, "三、本年度办理结果"), (73, "（一）予以公开"), (207, "2"), (237, "1"), (285, "3")]), "",
        line([(73, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), (285, "0")]), "",
      ]) + ["四、政府信息公开行政复议、行政诉讼情况"]
    )
    let rows = report.table3?.rows
    #expect(rows?.first { $0.key == "new" }?.cells.map(\.text) == ["3", "", "", "", "", "", "3"])
    #expect(rows?.first { $0.key == "carried" }?.cells.map(\.text) == ["", "", "1", "", "", "", "1"])
    #expect(rows?.first { $0.key == "public" }?.cells.map(\.text) == ["2", "", "1", "", "", "", "3"])
    #expect(rows?.first { $0.key == "partial" }?.cells.map(\.text) == ["", "", "", "", "", "", "0"])
    #expect(rows?.first { $0.key == "new" }?.cells.allSatisfy { $0.confidence == .written } == true)
  }

  /// A value astride two runs (`12` across the border of 自然人 and 商业企业) belongs to no column: its row is not
  /// placed, and no value of it is read.
  @Test func aValueAstrideTwoRunsLeavesItsRowUnread() {
    let report = report(
      table3([
        line([(2, "一、本年新收政府信息公开申请数量"), (218, "12"), (285, "12")]), "",
        line([(2, "二、上年结转政府信息公开申请数量"), (237, "1"), (285, "1")]), "",
      ]) + ["四、政府信息公开行政复议、行政诉讼情况"]
    )
    let rows = report.table3?.rows
    #expect(rows?.first { $0.key == "new" }?.cells.contains { $0.state == .written } == false)
    #expect(rows?.first { $0.key == "carried" }?.cells.map(\.text) == ["", "", "1", "", "", "", "1"])
  }

  @Test func tableFoursValuesGoToTheRunsTheyStandIn() {
    let runs = rule([
      (2, 12), (13, 23), (24, 34), (35, 45), (46, 52), (53, 71), (72, 82), (83, 93), (94, 104), (105, 111),
      (112, 124), (125, 135), (136, 146), (147, 157), (158, 164),
    ])
    let report = report([
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "", runs,
      line([(2, "行政复议"), (53, "行政诉讼")]), "",
      line([(2, "结果维持"), (13, "结果纠正"), (24, "其他结果"), (35, "尚未审结"), (46, "总计"), (53, "未经复议直接起诉"), (112, "复议后起诉")]),
      "",
      line([
        (53, "结果维持"), (72, "结果纠正"), (83, "其他结果"), (94, "尚未审结"), (105, "总计"), (112, "结果维持"), (125, "结果纠正"),
        (136, "其他结果"), (147, "尚未审结"), (158, "总计"),
      ]),
      "", line([(2, "1"), (46, "1"), (94, "2"), (105, "2")]), runs, "",
    ])
    let cells = report.table4?.rows.flatMap(\.cells)
    #expect(cells?.map(\.text) == ["1", "", "", "", "1", "", "", "", "2", "2", "", "", "", "", ""])
    #expect(cells?.allSatisfy { $0.confidence == .written } == true)
  }

  /// Table 二 in one simple table: a row of a one-column clause with nothing in its column is a row of empty cells
  /// (it was left unread).
  @Test func aRowWithNothingInItsColumnsIsARowOfEmptyCells() {
    let runs = rule([(2, 22), (23, 51), (52, 68), (69, 86)])
    let report = report([
      "二、主动公开政府信息情况", "", runs, line([(2, "第二十条第（一）项")]), "",
      line([(2, "信息内容"), (23, "本年制发件数"), (52, "本年废止件数"), (69, "现行有效件数")]), "",
      line([(2, "规章"), (23, "92"), (52, "11")]), "", line([(2, "行政规范性文件"), (23, "0"), (52, "140"), (69, "87")]), "",
      line([(2, "第二十条第（五）项")]), "", line([(2, "信息内容"), (23, "本年处理决定数量")]), "", line([(2, "行政许可")]), "",
      line([(2, "第二十条第（六）项")]), "", line([(2, "信息内容"), (23, "本年处理决定数量")]), "",
      line([(2, "行政处罚"), (23, "39")]), "", line([(2, "行政强制")]), "", runs, "",
      "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
    ])
    let table = report.table2
    #expect(table?.row("rules")?.cells.map(\.text) == ["92", "11", ""])
    for key in ["licensing", "enforcement"] {
      let cells = table?.row(key)?.cells
      #expect(cells?.map(\.state) == [.empty], "\(key)")
      #expect(cells?.map(\.confidence) == [.written], "\(key)")
    }
    #expect(table?.row("penalties")?.cells.map(\.text) == ["39"])
  }
}
