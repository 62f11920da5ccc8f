import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// A 序号 column before table 三's labels (`Fixtures/reader/serial-column-*`, from the corpus report
/// `inv-2021-serial`, CRLF, `𠀀` in the prose; their values are checked by `ReaderPatternTests`): its numbers are
/// skipped when they count up one by one before every row, and never read as a cell.
@Suite struct SerialNumbersTests {
  private func read(_ name: String) -> Report {
    ReportReader.read(SourceText(Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")))
  }

  /// Layout text (a number inside a wrapped label: `4 理结果 计这一情形…`), flattened text and Word's text: every row
  /// read, and no cell stands where a number of the column stands.
  @Test(arguments: ["serial-column-layout", "serial-column-flat", "serial-column-word-text"])
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

  /// One number out of the run (`41` where `14` belongs): no column is recognised, and no row reads a number of the
  /// column as a value: each row is read as in the run's reading or left unread.
  @Test func aBrokenRunKeepsEveryNumber() throws {
    let twin = try #require(read("serial-column-broken-run").table3)
    let original = try #require(read("serial-column-flat").table3)
    #expect(twin.rows.contains { $0.cells.contains { !$0.isReadable } })
    for row in twin.rows where row.cells.allSatisfy(\.isReadable) {
      #expect(row.cells.map(\.text) == original.row(row.key)?.cells.map(\.text), "\(row.key)")
    }
  }
}
