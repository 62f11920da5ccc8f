import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// A 序号 column before table 三's labels (`Fixtures/reader/serial-column-*`, from the corpus report
/// `inv-2021-serial`, CRLF, `𠀀` in the prose; their values are checked by `ReaderPatternTests`): its numbers are
/// skipped when they count up one by one before every row, and never read as a cell; in flattened text without
/// separators (`serial-column-glued`, `serial-column-glued-bs4`) each number is glued to the row above's values.
@Suite struct SerialNumbersTests {
  private func read(_ name: String) -> Report {
    ReportReader.read(SourceText(Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")))
  }

  /// Layout text (a number inside a wrapped label: `4 理结果 计这一情形…`), flattened text, Word's text and PDF text in
  /// reading order (a number between a row's values and its label's rest, `…禁止 0 0 0 0 0 0 0` / `6` / `公开`, and a
  /// page's numbers `18` / … / `25` in a block before its first label, its stream then placed in blocks; LibreOffice's
  /// PDF with six rows' numbers among the group labels: `8` / `（三）不` / `予公开` / `9` / `13` / … / `22`; its layout
  /// text with three numbers opening the line of values inside a wrapped label, `…不计其他` / `4   0 0 0 0 1 0 1` /
  /// `情形）`): every row read, and no cell stands where a number of the column stands.
  @Test(arguments: [
    "serial-column-layout", "serial-column-flat", "serial-column-word-text", "serial-column-glued",
    "serial-column-glued-bs4", "serial-column-raw", "serial-column-word-pdf-raw", "serial-column-word-pdf-layout",
  ])
  func theColumnIsSkipped(_ name: String) throws {
    let report = read(name)
    let text = Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")
    #expect(text.contains("\r\n") && text.contains("𠀀"))
    let table = try #require(report.table3)
    #expect(table.rows.count == 25)
    #expect(table.rows.allSatisfy { $0.cells.allSatisfy(\.isReadable) })
    let row = try #require(table.row("unable.notHeld"))
    #expect(row.cells.map(\.text) == ["6", "5", "2", "5", "0", "0", "18"])
  }

  /// One number out of the run (`41` where `14` belongs, on its own or glued: `18412.没有…`; in reading order `91`
  /// where `19` belongs in page 2's block `18` / … / `25`, or `9` where `6` stands between its row's values and its
  /// label's rest; `31` where `13` stands among the group labels; `12` where `21` opens the line of values inside
  /// its wrapped label): no column is recognised, and no row reads a number of the column as a value: each row is read as in the run's reading or left
  /// unread.
  @Test(arguments: [
    ("serial-column-broken-run", "serial-column-flat"), ("serial-column-glued-broken-run", "serial-column-glued"),
    ("serial-column-raw-broken-run", "serial-column-raw"), ("serial-column-raw-broken-cut", "serial-column-raw"),
    ("serial-column-word-pdf-raw-broken-run", "serial-column-word-pdf-raw"),
    ("serial-column-word-pdf-layout-broken-cut", "serial-column-word-pdf-layout"),
  ])
  func aBrokenRunKeepsEveryNumber(_ broken: String, _ whole: String) throws {
    let twin = try #require(read(broken).table3)
    let original = try #require(read(whole).table3)
    #expect(twin.rows.contains { $0.cells.contains { !$0.isReadable } })
    for row in twin.rows where row.cells.allSatisfy(\.isReadable) {
      #expect(row.cells.map(\.text) == original.row(row.key)?.cells.map(\.text), "\(row.key)")
    }
  }

  /// Numbers glued to the values before them are a column only through ten rows at least: nine rows whose values
  /// each end in the next number (`第𠀀行3 4 72`, CRLF) could be totals that end so by chance.
  @Test(arguments: [9, 10])
  func aGluedRunHoldsTenRowsAtLeast(_ count: Int) {
    let lines = ["申请人情况其他1"] + (1...count).map { "第𠀀行3 4 7\($0 + 1)" }
    let text = SourceText(lines.joined(separator: "\r\n"))
    let labelLength = "第𠀀行".utf8.count
    let rows = (1...count).map { line in
      let start = text.lineContentRange(line).start
      return SerialNumbers.Row(label: TextRange(start: start, end: start + labelLength), place: line - 1)
    }
    let numbers = SerialNumbers(text: text, excluded: ExcludedRanges([])).ranges(of: rows, from: 0, to: text.count)
    #expect(numbers.map { text[$0] } == (count < 10 ? [] : (1...count).map(String.init)))
  }
}
