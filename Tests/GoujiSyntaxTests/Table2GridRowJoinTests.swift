import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Table 二's labels broken by w3m inside a label column as narrow as its values (fixtures
/// `grid-broken-labels-table2-w3m` and `grid-broken-labels-table2-uncertain-w3m`, made by w3m from the HTML beside
/// them, CRLF, `𠀀` in the prose): joined column by column between two rule lines (``GridRowJoin``, as in table 三),
/// read with the values of the one line that holds any, or unread (`gridRowSpread`, GJ308) when several lines do;
/// never reported missing.
@Suite struct Table2GridRowJoinTests {
  private static func read(_ name: String) -> Report {
    ReportReader.read(SourceText(Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")))
  }

  private static let joined = read("grid-broken-labels-table2-w3m")
  private static let uncertain = read("grid-broken-labels-table2-uncertain-w3m")

  /// The problems of `report` that say a row of table 二 is missing.
  private static func missingRows(_ report: Report) -> [String] {
    report.problems.compactMap { problem in
      if case .rowMissing(.table2, let key, _) = problem.kind { return key }
      return nil
    }
  }

  @Test func theFixturesAreWhatW3mWroteWithCRLFAndAnAstralCharacter() {
    for name in ["grid-broken-labels-table2-w3m", "grid-broken-labels-table2-uncertain-w3m"] {
      let text = Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")
      #expect(text.contains("\r\n") && text.contains("𠀀"), "\(name)")
      #expect(text.contains("│行政 │     │     │     │\r\n│规范 │"), "\(name)")
    }
  }

  /// Every row read, its label as the pieces spell it, each value at its cell (`189` on the label's second line).
  @Test func brokenLabelsAreJoinedAndTheirValuesRead() throws {
    let report = Self.joined
    #expect(Self.missingRows(report).isEmpty)
    let rows = try #require(report.table2?.rows)
    let read = rows.map { "\($0.label)=\($0.cells.map(\.text).joined(separator: ","))" }
    #expect(
      read == [
        "规章=206,0,255", "行政规范性文件=189,294,174", "行政许可=0", "行政处罚=458", "行政强制=458",
        "行政事业性收费=1.25",
      ]
    )
    let row = try #require(rows.first { $0.key == "normativeDocuments" })
    let text = report.text
    #expect(row.cells.map { text[$0.range] } == ["189", "294", "174"])
    #expect(text.line(containing: row.cells[0].range.start) == text.line(containing: row.labelRange.start) + 1)
    #expect(!report.problems.contains { if case .gridRowSpread = $0.kind { true } else { false } })
  }

  /// `１８` over `９` beside `规范` / `性文`: values on two lines of the grid row, so the row is unread (GJ308 over
  /// them), not missing; `行政许可`'s `０` on its first line is read.
  @Test func aRowWhoseValuesStandOnSeveralLinesIsUnreadNotMissing() throws {
    let report = Self.uncertain
    #expect(Self.missingRows(report).isEmpty)
    let spread = report.problems.filter {
      if case .gridRowSpread(.table2, "normativeDocuments", 2) = $0.kind { true } else { false }
    }
    let problem = try #require(spread.first)
    #expect(spread.count == 1)
    #expect(report.text[problem.range].hasPrefix("１８") && report.text[problem.range].hasSuffix("４"))
    let rows = try #require(report.table2?.rows)
    let row = try #require(rows.first { $0.key == "normativeDocuments" })
    #expect(row.label == "行政规范性文件" && row.cells.allSatisfy { !$0.isReadable })
    #expect(rows.first { $0.key == "licensing" }?.cells.map(\.text) == ["0"])
    #expect(rows.first { $0.key == "fees" }?.cells.map(\.text) == ["1.25"])
  }
}
