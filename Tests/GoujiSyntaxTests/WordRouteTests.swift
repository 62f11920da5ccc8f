import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// What the Word route (`.docx` made by LibreOffice, then its text, pandoc, or its PDF through `pdftotext`) and the
/// reports of round "unseen2" (thousands separators, notes under tables) found
/// (`Scripts/reader-corpus/make_corpus.py`), each as an excerpt of the text the real program wrote, in a report titled with 𠀀 and ended by CRLF.
@Suite struct WordRouteTests {
  private func report(_ body: [String], newline: String = "\r\n") -> Report {
    let title = "某某省𠀀溪县财政局2022年政府信息公开工作年度报告"
    return ReportReader.read(SourceText(ReportExcerpt.text(body, title: title, newline: newline)))
  }

  private func texts(_ cells: [Cell]?) -> [String]? { cells?.map(\.text) }

  private func table4(_ report: Report) -> String? {
    texts(report.table4?.rows.flatMap(\.cells))?.joined(separator: " ")
  }

  /// `1,198` is one value, 1198, in every form that separates cells by spaces; it was read as `1` (a wrong value)
  /// with the row's other cells lost.
  @Test func aNumberWithThousandsSeparatorsIsOneValue() {
    let report = report([
      "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数",
      "规章 0 0 0", "行政规范性文件 1,198  911    2,851",
      "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
    ])
    let row = report.table2?.row("normativeDocuments")
    #expect(texts(row?.cells) == ["1198", "911", "2851"])
    #expect(row?.cells.map(\.integerValue) == [1198, 911, 2851])
    #expect(row?.cells.first?.range.length == "1,198".utf8.count)
  }

  /// A comma that does not separate groups of three makes no number: nothing is read from it, never its first
  /// digits (`12,34` is not 12).
  @Test func digitsBeforeAMisplacedCommaAreNeverAValue() {
    for written in ["12,34", "1234,567", "0,123"] {
      let report = report([
        "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数",
        "规章 0 0 0", "行政规范性文件 \(written) 0 0",
        "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      ])
      let first = report.table2?.row("normativeDocuments")?.cells.first
      let readWhole = first.map { $0.state != .written || $0.text == written } ?? true
      #expect(readWhole, "\(written) read as \(first?.text ?? "")")
    }
  }

  /// Flattened text: a value runs straight into a note (`行政事业性收费1.25注：本表…`); it was read as `1`.
  @Test func aDecimalRunningIntoANoteIsReadWhole() {
    let text =
      "某某县某某乡人民政府2023年政府信息公开工作年度报告一、总体情况无。二、主动公开政府信息情况第二十条第（八）项信息内容"
      + "本年收费金额（单位：万元）行政事业性收费1.25注：本表“现行有效件数”统计截至2023年12月31日。三、收到和处理政府信息公开申请情况"
    let report = ReportReader.read(SourceText(text + "\r\n"))
    let fee = report.table2?.row("fees")
    #expect(texts(fee?.cells) == ["1.25"])
  }

  /// PDF text in reading order from Word's PDF: a label wrapped beside its group label (`（六）其他` / `处理`), the
  /// next row's label and a blank line, the values later. Nothing stands between the label and the next one, but
  /// across lines: the row's values are not there, and it was read as seven empty cells (written, 0 to every rule).
  @Test func aLabelFollowedByNothingAcrossLinesIsNoRowOfEmptyCells() {
    let report = report([
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "（五）不予", "处理", "", "（六）其他 1.申请人无正当理由逾期不补正、行政机关不再处", "处理", "理其政府信息公开申请",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机", "关不再处理其政府信息公开申请", "", "3.其他", "",
      "0", "", "0", "", "0", "", "0", "", "0", "", "0", "", "0", "", "（七）总计", "", "0", "", "0",
      "四、政府信息公开行政复议、行政诉讼情况",
    ])
    let row = report.table3?.row("other.unpaidFee")
    #expect(row != nil)
    #expect(!(row?.cells.contains { $0.state == .empty && $0.confidence == .written } ?? false))
  }

  /// `pdftotext` of Word's PDF: spaces around the year (a font change), and a long title wrapped after its year.
  @Test(arguments: [
    ["某某省𠀀溪县科技局 2020 年政府信息公开工作年度报告"],
    ["     某某省𠀀溪县人民政府办公室和大数据发展管理局 2020 年", "         政府信息公开工作年度报告"],
  ])
  func aTitleWithSpacesAroundItsYearIsReadWhole(_ titleLines: [String]) {
    let text = (titleLines + ["一、总体情况", "无。"]).joined(separator: "\r\n") + "\r\n"
    let summary = ReportSummary(ReportReader.read(SourceText(text)))
    let agency = titleLines.count == 1 ? "某某省𠀀溪县科技局" : "某某省𠀀溪县人民政府办公室和大数据发展管理局"
    #expect(summary.title == agency + "2020年政府信息公开工作年度报告")
    #expect(summary.reportYear == 2020)
  }

  /// A group label cut to its number in a narrow label column, beside the first row of its group in PDF layout text
  /// (`三、 （一）予以公开 0 381 …`), is no heading of section 三.
  @Test func aGroupLabelCutToItsNumberIsNoHeading() {
    let report = report([
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开 1 0 0 0 0 0                             1", "    申请数量",
      "二、上年结转政府信息公开 0 0 0 0 0 0                             0", "    申请数量",
      "三、 （一）予以公开 1 0 0 0 0 0                     1", "本年 （二）部分公开（区",
      "四、政府信息公开行政复议、行政诉讼情况",
    ])
    #expect(report.strayHeadings.isEmpty)
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
  }

  /// `pandoc -t plain` of a `.docx`: a simple table ruled by lines of hyphens; the rule under the values was read as
  /// fifteen more values (dashes), so table 四 had 30 and none was read.
  @Test func theHyphenRulesOfASimpleTableAreNoValues() {
    let rule = "  ---------- ---------- ---------- ---------- ------ ------------------ ----------"
    let report = report([
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "", rule,
      "  行政复议                                           行政诉讼", "",
      "  结果维持   结果纠正   其他结果   尚未审结   总计   未经复议直接起诉   复议后起诉", "",
      "  1          0          4          0          5      6                  0          0          0          6"
        + "      3            0          8          0          11",
      rule,
    ])
    #expect(table4(report) == "1 0 4 0 5 6 0 0 0 6 3 0 8 0 11")
  }

  /// `w3m -dump` and pandoc's grid tables of a table 四 written in full-width digits (`│５      │８ …│`): the values'
  /// grid line was looked for by ASCII digits only, and none was read.
  @Test func aGridLineOfFullWidthDigitsHoldsTheValues() {
    let report = report([
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "┌────────┬────┐", "│行政复议│行政诉讼│", "├────────┼────┤",
      "│结果维持│结果纠正│其他结果│尚未审结│总计│未经复议直接起诉│复议后起诉│", "├────────┼────┤",
      "│５      │８      │６      │０      │１９│０      │０      │８      │０      │８  │０      │０      │２      │０      │２  │",
      "└────────┴────┘",
    ])
    #expect(table4(report) == "5 8 6 0 19 0 0 8 0 8 0 0 2 0 2")
  }

  /// LibreOffice's "save as text" of a `.docx`: every cell a line without a TAB, an empty cell an empty line, a
  /// covered cell an empty line before the next label. Rows with empty cells were left unread.
  @Test func emptyLinesAreEmptyCellsWhereEveryCellIsAParagraph() {
    let header = ["申请人情况", "", "自然人", "法人或其他组织", "总计", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]
    let report = report(
      ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"] + header
        + [
          "一、本年新收政府信息公开申请数量", "", "", "", "", "", "", "0", "三、本年度办理结果", "（一）予以公开",
          "47", "19", "", "10", "", "24", "100", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        ]
        + ["四、政府信息公开行政复议、行政诉讼情况"])
    #expect(texts(report.table3?.row("new")?.cells) == ["", "", "", "", "", "", "0"])
    #expect(texts(report.table3?.row("public")?.cells) == ["47", "19", "", "10", "", "24", "100"])
  }

  /// Save-as-text's table 二: a one-column row whose cell is empty is one empty line right before the next clause's
  /// header (`行政许可` / `` / `第二十条第（六）项`), a row of empty cells; with two empty lines, or where table 三's
  /// header does not show the form, the row stays unread.
  @Test(arguments: [(1, true, true), (2, true, false), (1, false, false)])
  func oneEmptyLineBeforeTheNextClauseIsAnEmptyCell(_ emptyLines: Int, _ paragraphHeader: Bool, _ readsEmpty: Bool) {
    let header = paragraphHeader ? ["申请人情况", "", "自然人", "法人或其他组织", "总计"] : []
    let licensing = Array(repeating: "", count: emptyLines)
    let report = report(
      ["二、主动公开政府信息情况", "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可"] + licensing
        + ["第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "39", "行政强制", "", "三、收到和处理政府信息公开申请情况"]
        + header + ["一、本年新收政府信息公开申请数量", "", "", "", "", "", "", "0", "四、政府信息公开行政复议、行政诉讼情况"]
    )
    let licensingCells = report.table2?.row("licensing")?.cells
    #expect((licensingCells?.map(\.state) == [.empty]) == readsEmpty)
    #expect(licensingCells?.contains { $0.state == .written } == false)
    #expect(texts(report.table2?.row("penalties")?.cells) == ["39"])
  }

  /// The same lines without the header written cell by cell (PDF text in reading order, where values also stand
  /// one per line between empty lines): the empty lines are no cells.
  @Test func emptyLinesAreNoCellsElsewhere() {
    let report = report([
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "自然人 法人或其他组织 总计",
      "一、本年新收政府信息公开申请数量", "", "", "", "", "", "", "0", "三、本年度办理结果", "（一）予以公开",
      "四、政府信息公开行政复议、行政诉讼情况",
    ])
    #expect(!(report.table3?.row("new")?.cells.contains { $0.state == .empty } ?? false))
  }

  /// A narrow label column (a wide 总计 column beside it) cuts `3.危及“三安全一稳定”` after three characters and a
  /// quote, before its values; it was not found (GJ302 "row missing", an error from a misreading).
  @Test func aLabelCutAfterThreeCharactersBeforeItsValuesIsFound() {
    let report = report([
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "   （三） 1.属于国家 0 299 0 256 0 0                       555", "   不予公 秘密",
      "    开 2.其他法律", "       行政法规禁 0 0 0 0 525 0                          525", "         止公开",
      "       3.危及“三 0 309 0 0 0 0                         309", "       安全一稳定”",
      "四、政府信息公开行政复议、行政诉讼情况",
    ])
    #expect(texts(report.table3?.row("withheld.security")?.cells) == ["0", "309", "0", "0", "0", "0", "309"])
  }
}
