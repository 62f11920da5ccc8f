import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Values that w3m wrapped inside their grid cells in all three tables (fixture `grid-wrapped-values-narrow-w3m`,
/// made by w3m from the HTML beside it, CRLF, `𠀀` in the prose): every row of table 二 or 三 with a wrapped value,
/// and table 四, unread with a `gridValueWrapped` problem naming the pieces as written; never a piece as a value.
@Suite struct WrappedGridValuesTests {
  private static let name = "grid-wrapped-values-narrow-w3m"

  private static let report: Report = {
    ReportReader.read(SourceText(Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")))
  }()

  /// The wrapped values of the problem of `table`'s row `key`, their pieces as written.
  private func pieces(_ table: TableID, _ key: String) -> [[String]]? {
    Self.report.problems.lazy.compactMap { problem -> [[String]]? in
      guard case .gridValueWrapped(table, key, let values) = problem.kind else { return nil }
      return values.map(\.pieces)
    }.first
  }

  @Test func theFixtureIsWhatW3mWroteWithCRLFAndAnAstralCharacter() {
    let text = Fixtures.fixture("GoujiSyntaxTests", "reader/\(Self.name).txt")
    #expect(text.contains("\r\n") && text.contains("𠀀"))
    #expect(text.contains("│规章") && text.contains("│２０ │０   │２５ │\r\n"))
  }

  /// Table 二: `２０` over `６` (206), the label's line the first of the grid row.
  @Test func aWrappedValueOfTable2LeavesItsRowUnread() throws {
    #expect(pieces(.table2, "rules") == [["２０", "６"], ["２５", "５"]])
    #expect(pieces(.table2, "normativeDocuments") == [["１８", "９"], ["２９", "４"], ["１７", "４"]])
    let rows = try #require(Self.report.table2?.rows)
    for key in ["rules", "normativeDocuments"] {
      let row = try #require(rows.first { $0.key == key })
      #expect(row.cells.allSatisfy { !$0.isReadable }, "\(key)")
    }
    #expect(rows.first { $0.key == "penalties" }?.cells.map(\.text) == ["458"])
  }

  /// Table 三: pieces above the label's line too (`１６` / `１５` beside `一、…`, `２` / `６` / `３` over three lines).
  @Test func piecesAboveTheLabelsLineAreNamedTopToBottom() throws {
    #expect(pieces(.table3, "new") == [["１６", "１５"], ["３９", "９"], ["３２", "８"], ["２", "６", "３"], ["３４", "２２"]])
    let row = try #require(Self.report.table3?.row("new"))
    #expect(row.cells.allSatisfy { !$0.isReadable })
    let problem = Self.report.problems.first {
      if case .gridValueWrapped(.table3, "new", _) = $0.kind { true } else { false }
    }
    let range = try #require(problem?.range)
    let text = Self.report.text
    #expect(text[range].hasPrefix("１６") && text[range].hasSuffix("３"))
    #expect(text.line(containing: range.end) == text.line(containing: range.start) + 2)
    #expect(Self.report.table3?.row("carried")?.cells.map(\.text) == ["0", "0", "0", "6", "0", "3", "9"])
  }

  /// Table 四: its three totals wrapped (`４` over `３` for 43): the line alone gave 4, 3 and 3, and R4 called the
  /// report's totals wrong; the table is unread instead.
  @Test func aWrappedTotalOfTable4LeavesTheTableUnread() throws {
    #expect(pieces(.table4, "review") == [["４", "３"], ["３", "５"], ["３", "７"]])
    let rows = try #require(Self.report.table4?.rows)
    let cells = rows.flatMap(\.cells)
    #expect(cells.count == 15 && cells.allSatisfy { !$0.isReadable })
  }
}
