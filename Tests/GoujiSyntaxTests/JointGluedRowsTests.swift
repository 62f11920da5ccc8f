import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Table 三 written by BeautifulSoup's `get_text("")` (`Fixtures/reader/glued-joint-bs4*`, from the corpus report
/// `inv-2024-subunit`, CRLF, `𠀀` after the date; its values are checked by `ReaderPatternTests`): 一 and （七）总计 hold
/// four-digit values glued into too many splits to list, and six rows split two ways that keep their R3-2
/// (`4·40` or `44·0`). Together, exactly one choice of those rows' splits makes R3-3 and R3-1 imply values that spell
/// 总计's and 一's digits exactly (`TableSolver+Joint.swift`).
@Suite struct JointGluedRowsTests {
  private func table3(_ name: String) throws -> ReadTable {
    let text = Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")
    #expect(text.contains("\r\n") && text.contains("𠀀"))
    return try #require(ReportReader.read(SourceText(text)).table3)
  }

  /// Every row is read, the rows the rules decide as solved.
  @Test func theOneCompletionIsRead() throws {
    let table = try table3("glued-joint-bs4")
    #expect(table.rows.count == 25)
    #expect(table.rows.allSatisfy { $0.cells.allSatisfy(\.isReadable) })
    let first = try #require(table.row("new"))
    #expect(first.cells.map(\.text) == ["1696", "244", "212", "332", "644", "274", "3402"])
    #expect(first.cells.allSatisfy { $0.confidence == .solved })
  }

  /// 总计 one more in its last digit (`3413`): no choice completes the table, and 一 and 总计 stay unread; every row
  /// read is read as in the original.
  @Test func noCompletionLeavesTheRowsUnread() throws {
    let twin = try table3("glued-joint-bs4-unbalanced")
    let original = try table3("glued-joint-bs4")
    #expect(twin.row("new")?.cells.allSatisfy(\.isReadable) == false)
    for row in twin.rows where row.cells.allSatisfy(\.isReadable) {
      #expect(row.cells.map(\.text) == original.row(row.key)?.cells.map(\.text), "\(row.key)")
    }
  }
}
