import Foundation
import GoujiDocuments
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// The five examples rendered as web pages with real tables and converted to .docx by LibreOffice
/// (`Scripts/make-document-fixtures.sh`): read through the document readers, every table cell, the year, format,
/// title, agency and the six sections come out as in the hand-checked reading of the example
/// (`GoujiSyntaxTests/Fixtures/expected/`).
@Suite struct DocumentFixtureTests {
  static let documents = Fixtures.folder("GoujiDocumentsTests").appendingPathComponent("documents")

  static let cases: [String] = Fixtures.exampleNames.flatMap { name in
    ["html", "docx"].map { String(name.dropLast(4)) + "." + $0 }
  }

  @Test(arguments: cases)
  func everyCellReadsExactly(_ file: String) throws {
    let bytes = Fixtures.bytes(Self.documents.appendingPathComponent(file))
    let document = try file.hasSuffix(".docx") ? WordDocumentReader.read(bytes) : HTMLDocumentReader.read(bytes)
    let summary = ReportSummary(ReportReader.read(SourceText(document.text)))
    let expectedURL = Fixtures.folder("GoujiSyntaxTests")
      .appendingPathComponent("expected/\(file.split(separator: ".")[0]).json")
    let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any])
    #expect(summary.textForm == "tab-separated")
    #expect(summary.reportYear == expected["reportYear"] as? Int)
    #expect(summary.format == expected["format"] as? String)
    #expect(summary.title == expected["title"] as? String)
    #expect(summary.agency == expected["agency"] as? String)
    let sections = (expected["sections"] as? [[String: Any]] ?? []).map { "\($0["number"]!) \($0["title"]!)" }
    #expect(summary.sections.map { "\($0.number) \($0.title)" } == sections)
    #expect(summary.table2.map(Self.rows) == (expected["table2"] as? [[String: Any]]).map(Self.rows))
    #expect(summary.table3.map(Self.rows) == (expected["table3"] as? [[String: Any]]).map(Self.rows))
    #expect(summary.table4.map(Self.cells) == (expected["table4"] as? [Any]).map(Self.cells))
  }

  @Test func fixturesCoverEveryExample() {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.documents.path)) ?? []
    #expect(Set(files).isSuperset(of: Self.cases))
  }

  /// Rows as `subtable | row | cells`, comparable across the reading and the expected JSON.
  private static func rows(_ rows: [ReportSummary.RowEntry]) -> [String] {
    rows.map { "\($0.subtable ?? "-") | \($0.row) | \(cells($0.values))" }
  }

  private static func rows(_ rows: [[String: Any]]) -> [String] {
    rows.map {
      "\($0["subtable"] as? String ?? "-") | \($0["row"] as? String ?? "?") | \(cells($0["values"] as? [Any] ?? []))"
    }
  }

  private static func cells(_ values: [String?]) -> String { values.map { $0 ?? "null" }.joined(separator: ",") }
  private static func cells(_ values: [Any]) -> String { cells(values.map { $0 as? String }) }
}
