import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Table 四's one row of 15 sub-headers cut by narrow columns (`Fixtures/reader/cut-subheaders-*`, copied from the
/// corpus report `inv-2022-late2019`; their values are checked by `ReaderPatternTests`): joined column by column or in
/// order when the fragments spell exactly the format's sub-headers, group after group; otherwise the table is there
/// unread (`tableHeaderCut`, at its numbers), never missing.
@Suite struct CutHeaderJoinTests {
  private func fixture(_ name: String) -> String { Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt") }

  private static let firstLine = "结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总"
  private static let secondLine = "持 正 果 结 计 持 正 果 结 计 持 正 果 结 计"

  /// The fragment lines of `lines`, folded, as ``CutHeaderJoin`` sees them.
  private func run(_ lines: [String]) -> [CutHeaderJoin.FragmentLine] {
    let text = SourceText(lines.joined(separator: "\n"))
    let region = TextRange(start: 0, end: text.count)
    return CutHeaderJoin.fragmentRuns(in: region, text: text, excluded: ExcludedRanges([])).first ?? []
  }

  private func folded(_ words: String) -> [[Unicode.Scalar]] {
    words.split(separator: " ").map { Array($0.unicodeScalars) }
  }

  @Test func fragmentsJoinColumnByColumn() {
    #expect(CutHeaderJoin.joinsByColumn(run([Self.firstLine, Self.secondLine]), into: CutHeaderJoin.subheaders))
    // A line one fragment short, the lines exchanged, one line alone: no join.
    let short = String(Self.secondLine.dropLast(2))
    #expect(!CutHeaderJoin.joinsByColumn(run([Self.firstLine, short]), into: CutHeaderJoin.subheaders))
    #expect(!CutHeaderJoin.joinsByColumn(run([Self.secondLine, Self.firstLine]), into: CutHeaderJoin.subheaders))
    #expect(!CutHeaderJoin.joinsByColumn(run([Self.firstLine]), into: CutHeaderJoin.subheaders))
  }

  @Test func fragmentsJoinInOrder() {
    let target = CutHeaderJoin.subheaders
    let pieces = zip(Self.firstLine.split(separator: " "), Self.secondLine.split(separator: " ")).map { "\($0) \($1)" }
    #expect(CutHeaderJoin.joinsInOrder(folded(pieces.joined(separator: " ")), into: target))
    // Whole sub-headers and pieces mixed join too; a piece across two sub-headers, one group short, or one piece
    // more do not.
    let mixed = "结果维持 结果 纠正 其他结果 尚未审结 总 计"
    #expect(CutHeaderJoin.joinsInOrder(folded([mixed, mixed, mixed].joined(separator: " ")), into: target))
    let across = "结果维 持结果 纠正 其他结果 尚未审结 总计"
    #expect(!CutHeaderJoin.joinsInOrder(folded([across, mixed, mixed].joined(separator: " ")), into: target))
    #expect(!CutHeaderJoin.joinsInOrder(folded([mixed, mixed].joined(separator: " ")), into: target))
    #expect(!CutHeaderJoin.joinsInOrder(folded([mixed, mixed, mixed, "总"].joined(separator: " ")), into: target))
  }

  /// A line holding anything but ideographs (a number, a sentence's punctuation) is no fragment line; a blank line
  /// between fragment lines keeps the run.
  @Test func onlyLinesOfIdeographsAreFragments() {
    #expect(run([Self.firstLine, "", Self.secondLine]).count == 2)
    #expect(run([Self.firstLine, "持 正 果 结 计 4"]).count == 1)
    #expect(run(["本年度行政复议1件。"]).isEmpty)
  }

  /// `pdftotext -layout` (CRLF, `𠀀` in the prose above): the header is joined and the table read where it stands.
  @Test func aCutHeaderIsReadWhereItStands() throws {
    let text = fixture("cut-subheaders-layout")
    #expect(text.contains("\r\n") && text.contains("𠀀"))
    let report = ReportReader.read(SourceText(text))
    let table = try #require(report.table4)
    #expect(report.text[table.range].hasPrefix("结果维 结果纠"))
    #expect(table.rows.flatMap(\.cells).last.map { report.text[$0.range] } == "27")
    #expect(!report.problems.contains { if case .tableMissing = $0.kind { true } else { false } })
  }

  /// Fragments that join neither way: no table 四, the section's numbers unread (`tableHeaderCut`), not missing.
  @Test func anUnjoinedHeaderLeavesTheTableUnreadNotMissing() throws {
    let report = ReportReader.read(SourceText(fixture("cut-subheaders-unjoined")))
    #expect(report.table4 == nil)
    let problem = try #require(report.problems.first { $0.kind == .tableHeaderCut(.table4) })
    #expect(report.text[problem.range] == "4 0 0 0 4 0 0 4 1 5 8 9 0 9 27")
    #expect(!report.problems.contains { $0.kind == .tableMissing(.table4) })
  }
}
