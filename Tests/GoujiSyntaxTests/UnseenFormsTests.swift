import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// What the corpus's reports unlike the first eight found (issue 8, `Scripts/reader-corpus/make_corpus.py`: a narrow
/// label column, a county named with 𠀀 in CRLF, a township's empty cells, an appendix after section 六), each as an
/// excerpt of the text the real program wrote, read by `ReportReader`.
@Suite struct UnseenFormsTests {
  /// A report around `body` (the lines of sections 二 to 四), titled with an astral character, lines ended by
  /// `newline`.
  private func report(_ body: [String], closing: [String] = [], newline: String = "\r\n") -> Report {
    let title = "某某省𠀀溪县人民政府办公室2022年政府信息公开工作年度报告"
    return ReportReader.read(SourceText(ReportExcerpt.text(body, title: title, closing: closing, newline: newline)))
  }

  private func missingRows(_ report: Report) -> [String] {
    report.problems.compactMap { if case .rowMissing(_, let key, _) = $0.kind { key } else { nil } }
  }

  /// `pdftotext -layout` of a table whose label column is narrow: a row's label wraps over four lines, cut after
  /// four characters by its group's label beside it (`（四）无法` / `提供`), its values on a line of the group's.
  @Test func aLabelCutByItsGroupLabelInANarrowColumnIsFound() throws {
    let report = report([
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "           1.本机关不",
      "           掌握相关政 0        116     89      724       219    209   1357",
      "             府信息",
      "           2.没有现成",
      "     （四）无法 信息需要另",
      "      提供          2036     0       0      760        0      0    2796",
      "             行制作",
      "           3.补正后申",
      "           请内容仍不 0         0       0       0         0      0     0",
      "              明确",
      "四、政府信息公开行政复议、行政诉讼情况",
    ])
    let row = try #require(report.table3?.row("unable.needsCreation"))
    #expect(row.cells.map(\.text) == ["2036", "0", "0", "760", "0", "0", "2796"])
    #expect(report.table3?.row("unable.notHeld")?.cells.last?.text == "1357")
    // The excerpt holds three rows of the table; the others are missing, these two never.
    #expect(!missingRows(report).contains("unable.needsCreation"), "a misreading must not become GJ302")
  }

  /// A narrow label column cuts `1.申请人无正当理由逾期不补正、…` by fragments of its group label `（六）其他处理`
  /// at each line's start, a group that is 2019's row of the same label (`pdftotext -layout`, then reading order),
  /// the next row whole.
  @Test(arguments: [
    [
      "（六） 1.申请人无", "其他处 正当理由逾", " 理 期不补正、",
      "    行政机关不 0 367      483 319   0    0    1,169", "    再处理其政", "    府信息公开", "       申请",
    ],
    ["（六） 1.申请人无", "其他处 正当理由逾", "理 期不补正、", "行政机关不 0 367", "再处理其政", "府信息公开", "申请"],
  ])
  func aLabelCutByFragmentsOfAGroupThatIsAnOlderRowIsFound(_ rows: [String]) throws {
    let report = report(
      ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"] + rows
        + ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0", "四、政府信息公开行政复议、行政诉讼情况"]
    )
    #expect(!missingRows(report).contains("other.noCorrection"), "a misreading must not become GJ302")
    let row = try #require(report.table3?.row("other.noCorrection"))
    #expect(report.text[row.labelRange].hasPrefix("1.申请人无"))
    // Read or left unread (reading order shows two values of seven), never another row's value.
    for (cell, value) in zip(row.cells, ["0", "367"]) where !cell.text.isEmpty { #expect(cell.text == value) }
  }

  /// LibreOffice's PDF in reading order (`inv-2021-sparse.word-pdf-raw`) puts a label after later rows: the row is
  /// not missing (no GJ302 error) but out of order, at its label, and left unread.
  @Test func aLabelOutOfTheFormatsOrderIsNoMissingRow() throws {
    let report = report([
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "（四）无法", "提供", "0", "",
      "2.没有现成信息需要另行制作", "", "8", "", "3.补正后申请内容仍不明确", "", "28", "", "1.信访举报投诉类申请", "",
      "0", "5", "2.重复申请", "（五）不予", "处理", "", "4", "", "1.本机关不掌握相关政府信息", "", "7", "", "3",
      "四、政府信息公开行政复议、行政诉讼情况",
    ])
    #expect(!missingRows(report).contains("unable.notHeld"), "a misreading must not become GJ302")
    #expect(report.table3?.row("unable.notHeld") == nil)
    let table = try #require(report.table3)
    let outOfOrder = table.problems.compactMap { problem -> TextRange? in
      if case .rowOutOfOrder(.table3, "unable.notHeld", _) = problem.kind { problem.range } else { nil }
    }
    #expect(outOfOrder.count == 1)
    #expect(outOfOrder.first.map { report.text[$0] } == "1.本机关不掌握相关政府信息")
  }

  /// `pdftotext` (reading order): a label cut by its values, a fragment of the group label and more values before
  /// its last character (`1.本机关不掌握相关政府信 0 0 0` / `理结果` / `7` / `0 0 7` / `息`).
  @Test func aLabelCutByValuesAndGroupFragmentsInReadingOrderIsFound() {
    let report = report([
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "三、本年度办", "1.本机关不掌握相关政府信 0 0 0", "理结果", "7", "0 0 7", "息",
      "（四）无法 2.没有现成信息需要另行制", "提供", "0 4 0", "0", "0 4 8", "作",
      "四、政府信息公开行政复议、行政诉讼情况",
    ])
    #expect(!missingRows(report).contains("unable.notHeld"))
    #expect(report.table3?.row("unable.notHeld") != nil)
  }

  /// `pdftotext` (reading order) of a narrow label column (`inv-2021-city`) and of a group label split beside a row
  /// (`inv-2019-county`): the end of a wrapped label after its values (`止公开`) and a fragment of a group label
  /// (`理结果`) are no rows of their own (GJ303).
  @Test(arguments: ["inv-2021-city", "inv-2019-county"])
  func theRestOfAWrappedLabelAfterItsValuesIsNoUnknownRow(_ name: String) throws {
    let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("corpus")
    let text = Fixtures.text(folder.appendingPathComponent("\(name).pdf-raw.txt"))
    let table = try #require(ReportReader.read(SourceText(text)).table3)
    #expect(table.unknownLabels.map(\.text).isEmpty, "\(table.unknownLabels.map(\.text))")
  }

  /// `pdftotext` (reading order) of table 二 where a page break moved the end of （一） after （八）: the value after
  /// `现行有效件数` is （一）'s, never （八）'s or （六）'s.
  @Test func aClauseStreamStopsAtAnotherClausesColumnHeader() throws {
    let report = report([
      "二、主动公开政府信息情况", "信息内容", "规章", "行政规范性文件", "信息内容", "行政许可", "信息内容", "行政处罚", "行政强制",
      "信息内容", "行政事业性收费", "", "第二十条第（一）项", "本年制发件数", "本年废止件数", "92", "11", "0", "140",
      "第二十条第（五）项", "本年处理决定数量", "第二十条第（六）项", "本年处理决定数量", "39", "第二十条第（八）项",
      "本年收费金额（单位：万元）", "1.25", "—1—", "", "现行有效件数", "87", "",
      "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
    ])
    let table = try #require(report.table2)
    let misplaced = table.rows.filter { row in row.subtable != "20.1" && row.cells.contains { $0.text == "87" } }
    #expect(misplaced.isEmpty, "87 read into \(misplaced.map(\.label))")
  }

  /// `lynx -dump` of a sub-table with one complete row: by characters and by display cells it lines up alike, and
  /// the header, one column label per column, tells the measure (characters) that places `92` and `11`.
  @Test func theHeaderChoosesTheMeasureOfASingleCompleteRow() throws {
    let report = report(
      [
        "二、主动公开政府信息情况",
        "   第二十条第（一）项",
        "   信息内容    本年制发件数 本年废止件数 现行有效件数",
        "   规章      92     11",
        "   行政规范性文件 0      140    87",
        "   第二十条第（五）项",
        "   信息内容    本年处理决定数量",
        "   行政许可    5",
        "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      ], newline: "\n")
    let row = try #require(report.table2?.row("rules", subtable: "20.1"))
    #expect(row.cells.map(\.text) == ["92", "11", ""])
    #expect(row.cells.allSatisfy { $0.isReadable })
  }

  /// An appendix whose title is longer than a short mark (`附件：…统计表（2019年以前口径）`) ends the report: its
  /// rows `一、主动公开情况` are not headings out of place in section 六.
  @Test func aLongAppendixTitleEndsTheReport() throws {
    let closing = [
      "附件：政府信息公开情况统计表（2019年以前口径）", "        一、主动公开情况", "        二、依申请公开情况",
      "        三、行政复议数量                件    2",
    ]
    let report = report(
      ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"],
      closing: closing)
    let start = try #require(report.appendixStart)
    #expect(report.text[TextRange(start: start, end: report.text.count)].hasPrefix("附件："))
    #expect(report.strayHeadings.isEmpty)
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
  }

  /// A sentence starting with 附件 is prose, not an appendix.
  @Test func aSentenceStartingWithTheAppendixMarkIsNoAppendix() {
    let report = report(
      ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"],
      closing: ["附件已于本年度上传至政府信息公开平台。"])
    #expect(report.appendixStart == nil)
  }
}
