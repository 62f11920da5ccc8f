import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// What the reports of round "unseen3" found (`Scripts/reader-corpus/make_corpus.py`: a page saved by Word as a web
/// page, whose runs put `5.` and the rest of a label in spans of their own; headings numbered `一．`), each as an
/// excerpt of the text the real program wrote, with CRLF line ends and an astral character, read by `ReportReader`.
@Suite struct WordPageFormsTests {
  private func report(_ body: [String]) -> Report {
    let title = "某某市𠀀溪区住房和城乡建设局2025年政府信息公开工作年度报告"
    return ReportReader.read(SourceText(ReportExcerpt.text(body, title: title)))
  }

  /// pandoc's grid of Word's page: `5.` of a label wraps away from its text inside the label's cell; the values stand
  /// on the cell's first line, only empty cells on its last (they were read as the row's: six wrong values).
  @Test func aGridLabelWrappedInItsCellTakesTheValuesOfItsFirstLine() throws {
    let rule = "+---+---+---+---+---+---+---+---+---+---+"
    let report = report([
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", rule,
      "| | 𠀀 | 4.无正当理由大量反复申请 | 0 |   | 4 | 0 | 0 | 0 | 4 |", rule,
      "| | | 5 |   | 4 | 3 | 3 | 2 | 0 | 12 |",
      "| | | .要求行政机关确认或重新出具已获取信息 | | | | | | | |", rule,
      "四、政府信息公开行政复议、行政诉讼情况",
    ])
    let row = try #require(report.table3?.row("ignored.confirmation"))
    #expect(row.cells.map(\.text) == ["", "4", "3", "3", "2", "0", "12"])
    #expect(report.table3?.row("ignored.excessive")?.cells.map(\.text) == ["0", "", "4", "0", "0", "0", "4"])
  }

  /// `pdftotext`'s reading order of Word's page writes table 二's values before their labels (`38` / `行政处罚` /
  /// `166` / `行政强制`): a row's value is then not the one after its label (`166` was read as 行政处罚's). The
  /// clause's rows are not read by their labels; its values, in order under its column header, are its rows' in
  /// order (the stream of a clause, as when every label comes first).
  @Test func tableTwoValuesBeforeTheirLabelsAreNotTheNextRows() throws {
    let before = report([
      "二、主动公开政府信息情况", "第二十条第（六）项", "信息内容", "本年处理决定数量", "38", "行政处罚", "166", "行政强制",
      "第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "1.25", "行政事业性收费",
      "三、收到和处理政府信息公开申请情况",
    ])
    #expect(before.table2?.row("penalties")?.cells.map(\.text) == ["38"])
    #expect(before.table2?.row("enforcement")?.cells.map(\.text) == ["166"])
    #expect(before.table2?.row("fees")?.cells.map(\.text) == ["1.25"])
    let after = report([
      "二、主动公开政府信息情况", "第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "38", "行政强制", "166",
      "三、收到和处理政府信息公开申请情况",
    ])
    #expect(after.table2?.row("penalties")?.cells.map(\.text) == ["38"])
    #expect(after.table2?.row("enforcement")?.cells.map(\.text) == ["166"])
  }

  /// Headings numbered with a full stop (`一．总体情况`) inside a flattened scrape's long line are the sections.
  @Test func headingsNumberedWithAFullStopAreFoundInsideALongLine() {
    let body =
      "某某区司法局2023年政府信息公开工作年度报告一．总体情况本年度，𠀀…二．主动公开政府信息情况第二十条第（一）项"
      + "三．收到和处理政府信息公开申请情况申请人情况四．政府信息公开行政复议、行政诉讼情况行政复议"
      + "五．存在的主要问题及改进情况无。六．其他需要报告的事项无。"
    let report = ReportReader.read(SourceText("当前位置：首页\r\n" + body + "\r\n分享到：微信\r\n"))
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
  }
}
