import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Table 三 in LibreOffice's PDF in reading order with two of its last rows' totals at the end of the page, after
/// table 四 and sections 五 and 六 (`inv-2023-t4split`: `3.其他`'s `272` and `四、结转…`'s `7`). The page's end
/// values are placed among the last rows' values only when they are exactly the missing ones, table 四 is whole
/// before them, and exactly one placement balances (``StreamPageEnd``).
@Suite struct StreamPageEndTests {
  /// The table's last six rows: `5.要求行政机关确认…` to `四、结转下年度继续办理`, written before and after their labels.
  private static func lastRows(_ report: Report) -> [TableRow] {
    Array((report.table3?.rows ?? []).suffix(6))
  }

  private static func hasCellCountProblem(_ report: Report) -> Bool {
    report.problems.contains { if case .cellCount(.table3, _, _, _, _) = $0.kind { true } else { false } }
  }

  @Test func theTotalsAtThePageEndAreSolvedInTheirRowsInCRLFTextWithAnAstralCharacter() throws {
    let report = Report.readerFixture("word-reading-order-table3-page-end")
    #expect(report.text.bytes.contains(0x0D))
    #expect(report.text.string.contains("𠀀"))
    let rows = Self.lastRows(report)
    #expect(
      rows.map { $0.cells.map(\.text) }.suffix(3) == [
        ["138", "62", "14", "0", "0", "58", "272"],
        ["1294", "203", "318", "229", "207", "362", "2613"],
        ["0", "0", "0", "1", "2", "4", "7"],
      ])
    #expect(rows.allSatisfy { $0.cells.allSatisfy { $0.confidence == .solved && $0.arithmeticValue != nil } })
    #expect(rows.allSatisfy { $0.cells.allSatisfy { report.text[$0.range] == $0.text } })
    // `272` and `7` are the page's last values, after `2024 年 1 月 20 日` and the astral character of section 六.
    let bytes = report.text.bytes
    let astral = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("𠀀".utf8)) })
    #expect(rows[3].cells.last.map { $0.range.start > astral } == true)
    #expect(rows[5].cells.last.map { $0.range.start > astral } == true)
    #expect(!Self.hasCellCountProblem(report))
    #expect(report.table4?.rows.flatMap(\.cells).count == 15)
  }

  /// A page's end one value short (`272` alone), a page number in place of the last total (`3`: no placement
  /// balances), or a table 四 one value short before them (its page's end could be its own): the six rows stay unread.
  @Test(arguments: [
    "word-reading-order-table3-page-end-one-short", "word-reading-order-table3-page-end-page-number",
    "word-reading-order-table3-page-end-table4-short",
  ])
  func anythingElseAtThePageEndLeavesTheRowsUnread(_ name: String) throws {
    let report = Report.readerFixture(name)
    let rows = Self.lastRows(report)
    #expect(rows.count == 6)
    #expect(rows.allSatisfy { $0.cells.allSatisfy { !$0.isReadable } })
    #expect(Self.hasCellCountProblem(report))
    #expect(report.table3?.rows.dropLast(6).allSatisfy { $0.cells.allSatisfy(\.isReadable) } == true)
  }

  /// Table 三's rows of 0s, the rows from `first` on one value each short of `missing` in all, in the order written,
  /// and the page's end `missing` 0s.
  private static func zeros(first: Int, missing: Int) -> (rows: [StreamGrid.Row], pageEnd: [RawCell]) {
    let format = ReportFormats.latest.table3
    var offset = 0
    func cells(_ count: Int) -> [RawCell] {
      defer { offset += count }
      return (0..<count).map { RawCell(text: "0", range: TextRange(emptyAt: offset + $0)) }
    }
    let width = format.columns.count
    var rows = format.rows.map {
      StreamGrid.Row(key: $0.key, lines: [ValueLine(cells: cells(width), breakBefore: false)])
    }
    rows[first].lines = [ValueLine(cells: cells(width - missing), breakBefore: false)]
    return (rows, cells(missing))
  }

  /// One 0 at the page's end for the last row: every placement reads the same, and the table is read. Three 0s for
  /// the whole table: every one of the 878,150 merges balances, and the search runs out and places nothing.
  @Test func theSearchReadsOnePlacementAndAbstainsBeyondItsBudget() throws {
    let reader = StreamPageEnd(grid: StreamGrid(format: ReportFormats.latest.table3, shownOrder: nil))
    let last = Self.zeros(first: 24, missing: 1)
    let read = try #require(reader.read(last.rows, from: 24, pageEnd: last.pageEnd))
    #expect(read.values.allSatisfy { $0.map(\.text) == Array(repeating: "0", count: 7) })
    let whole = Self.zeros(first: 0, missing: 3)
    #expect(reader.read(whole.rows, from: 0, pageEnd: whole.pageEnd) == nil)
    #expect(reader.read(whole.rows, from: 0, pageEnd: Array(whole.pageEnd.prefix(2))) == nil)
  }

  /// An edit at the page's end (the last total changed, or removed) reads the whole text again: table 三's reading
  /// depends on it, read or not.
  @Test(arguments: ["word-reading-order-table3-page-end", "word-reading-order-table3-page-end-one-short"])
  func anEditAtThePageEndRereadsAsAFreshReading(_ name: String) throws {
    let report = Report.readerFixture(name)
    let value = try #require(report.thirdLastLine)
    #expect(Int(report.text[value]) != nil)
    for newText in ["5", "", "7\r\n\r\n7"] {
      let edit = TextEdit(range: value, newText: newText)
      #expect(!ReportReader.rereadsOnlyOneSection(report, after: edit))
      let reread = ReportReader.reread(report, after: edit)
      #expect(reread == ReportReader.read(report.text.applyingSequentially([edit])))
    }
  }
}
