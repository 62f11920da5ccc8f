import Foundation
import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// PDF text in reading order (`pdftotext` without `-layout`): values placed from streams are `solved`, keep their
/// exact ranges, and a stream that cannot be placed one way is left unread, however long.
@Suite struct StreamReadingTests {
  private static let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("reader")

  private static func read(_ name: String) throws -> Report {
    let text = try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
    return ReportReader.read(SourceText(text))
  }

  @Test func cellsPlacedFromTheStreamAreSolved() throws {
    let report = try Self.read("reading-order-blocks")
    let rows = try #require(report.table3?.rows)
    // Row 1's four left-hand values follow its label; its right-hand three come from the stream.
    let first = try #require(rows.first)
    #expect(first.cells.map(\.text) == ["170", "33", "49", "35", "69", "48", "404"])
    #expect(first.cells.allSatisfy { $0.confidence == .solved })
    #expect(rows.allSatisfy { $0.cells.allSatisfy { $0.arithmeticValue != nil } })
    #expect(!report.problems.contains { if case .cellCount(.table3, _, _, _, _) = $0.kind { true } else { false } })
  }

  @Test func everyStreamedCellRangeHoldsItsValueInCRLFText() throws {
    let report = try Self.read("reading-order-blocks")
    #expect(report.text.bytes.contains(0x0D))
    for row in report.table3?.rows ?? [] {
      for cell in row.cells {
        #expect(cell.range.end <= report.text.count)
        #expect(String(decoding: report.text.bytes[cell.range.start..<cell.range.end], as: UTF8.self) == cell.text)
      }
    }
  }

  @Test func aColumnStreamWithoutHeaderStaysUnread() throws {
    let report = try Self.read("reading-order-columns-unlabelled")
    let cells = report.table3?.rows.flatMap(\.cells) ?? []
    #expect(!cells.isEmpty)
    #expect(cells.allSatisfy { $0.arithmeticValue == nil && $0.confidence == .unreadable })
  }

  @Test func table2ClausesOfOneColumnArePlacedAndTwoByThreeCountsAreInferred() throws {
    let rows = try #require(try Self.read("reading-order-table2").table2?.rows)
    let permission = try #require(rows.first { $0.key == "permission" || $0.label == "行政许可" })
    #expect(permission.cells.map(\.text) == ["41"])
    #expect(permission.cells.allSatisfy { $0.confidence == .solved })
    let rules = try #require(rows.first { $0.label == "规章" })
    #expect(rules.cells.map(\.text) == ["5", "0", "12"])
    #expect(rules.cells.allSatisfy { $0.confidence == .inferred && $0.arithmeticValue == nil })
  }

  /// The clause's values follow its rows as the text orders them; rows written out of the format's order would take
  /// each other's values, so they are not placed.
  @Test func table2RowsOutOfTheFormatsOrderAreNotPlaced() throws {
    let fixture = try String(
      contentsOf: Self.folder.appendingPathComponent("reading-order-table2.txt"), encoding: .utf8)
    let swapped = fixture.replacingOccurrences(of: "行政处罚\n行政强制\n", with: "行政强制\n行政处罚\n")
    #expect(swapped != fixture)
    let rows = try #require(ReportReader.read(SourceText(swapped)).table2?.rows)
    let coercion = try #require(rows.first { $0.label == "行政强制" })
    #expect(coercion.cells.allSatisfy { $0.confidence == .unreadable })
    let original = try #require(try Self.read("reading-order-table2").table2?.rows.first { $0.label == "行政处罚" })
    #expect(original.cells.map(\.text) == ["7"])
  }

  @Test func aHostileStreamIsLeftUnread() throws {
    let fixture = try String(contentsOf: Self.folder.appendingPathComponent("reading-order-rows.txt"), encoding: .utf8)
    let noise = (0..<20_000).map { String($0 % 10) }.joined(separator: "\n")
    let text = fixture.replacingOccurrences(of: "四、结转下年度继续办理\n", with: "四、结转下年度继续办理\n\(noise)\n")
    let report = ReportReader.read(SourceText(text))
    let cells = report.table3?.rows.flatMap(\.cells) ?? []
    #expect(!cells.isEmpty)
    #expect(cells.allSatisfy { $0.arithmeticValue == nil })
  }

  @Test func placingTable2ValuesTakesTheOneReadingTheKindsAllow() {
    let subtable = ReportFormat.format2019.table2.first { $0.item == 5 }!
    let cells = ["106", "-2", "108", "171", "0", "96"].map { RawCell(text: $0, range: TextRange(start: 0, end: 1)) }
    // Column by column would put -2 in 上一年项目数量, a count: only row by row fits.
    let placed = Table2Reader.place(cells, in: subtable)
    #expect(placed?.rows.map { $0.map(\.text) } == [["106", "-2", "108"], ["171", "0", "96"]])
    #expect(placed?.alternative == nil)
  }

  @Test func twoReadingsOfCountsArePlacedRowByRowWithTheOtherAsAlternative() {
    let counts = ["5", "0", "12", "3", "1", "20"].map { RawCell(text: $0, range: TextRange(start: 0, end: 1)) }
    let placed = Table2Reader.place(counts, in: ReportFormat.format2021.table2[0])
    #expect(placed?.rows.map { $0.map(\.text) } == [["5", "0", "12"], ["3", "1", "20"]])
    #expect(placed?.alternative?.map { $0.map(\.text) } == [["5", "12", "1"], ["0", "3", "20"]])
    let equal = ["0", "0", "0", "0", "0", "0"].map { RawCell(text: $0, range: TextRange(start: 0, end: 1)) }
    #expect(Table2Reader.place(equal, in: ReportFormat.format2021.table2[0])?.alternative == nil)
  }

  /// The 2019 format's 第二十条第（八）项 and （九）项 side by side: their values written across both clauses.
  private static func acrossStreams(_ eight: [String], _ nine: [String]) -> [Table2Reader.ClauseStream] {
    let cells = { (texts: [String]) in texts.map { RawCell(text: $0, range: TextRange(start: 0, end: 1)) } }
    let clauses = ReportFormat.format2019.table2.filter { $0.item == 8 || $0.item == 9 }
    return [
      Table2Reader.ClauseStream(subtable: clauses[0], values: cells(eight)),
      Table2Reader.ClauseStream(subtable: clauses[1], values: cells(nine)),
    ]
  }

  @Test func valuesAcrossTwoClausesThatReadOneWayAreSolved() {
    let placed = Table2Reader.placements(Self.acrossStreams(["0"], ["0", "0", "0"]))
    #expect(placed.map { $0?.rows.map { $0.map(\.text) } } == [[["0", "0"]], [["0", "0"]]])
    #expect(placed.allSatisfy { $0 != nil && $0?.alternative == nil })
  }

  @Test func valuesAcrossTwoClausesStayUnderTheirClauseWhereTheKindsAllow() {
    // -2 fits only 本年增/减 and 35800.50元 only 采购总金额; 0 was written under （八）, 12 under （九）.
    let placed = Table2Reader.placements(Self.acrossStreams(["0"], ["12", "-2", "35800.50元"]))
    #expect(placed.map { $0?.rows.map { $0.map(\.text) } } == [[["0", "-2"]], [["12", "35800.50元"]]])
    #expect(placed[0]?.alternative?.map { $0.map(\.text) } == [["12", "-2"]])
  }

  @Test func valuesThatFitNeitherClauseNorBothAreNotPlaced() {
    let placed = Table2Reader.placements(Self.acrossStreams(["0"], ["12", "-2"]))
    #expect(placed.allSatisfy { $0 == nil })
  }
}
