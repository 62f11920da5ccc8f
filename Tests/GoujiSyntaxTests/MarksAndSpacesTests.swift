import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Round "unseen5" (Reading.md): zero-width spaces inside values and labels, a value wrapped below its row in
/// LibreOffice's PDF, and zero cells written as marks glued together in flattened text. Each was a wrong value.
@Suite struct MarksAndSpacesTests {
  private static func text(_ name: String, lineEnd: String = "\n") -> String {
    "𠀀" + Fixtures.fixture("GoujiSyntaxTests", "corpus/\(name)").replacingOccurrences(of: "\n", with: lineEnd)
  }

  /// A zero-width space neither ends a word nor starts one; white space around it still does.
  @Test func aZeroWidthSpaceIsPartOfItsWord() {
    let text = SourceText("规章 1\u{200B}43 \u{200B} 5\u{200B}")
    let words = Words(in: TextRange(start: 0, end: text.bytes.count), text: text, excluded: ExcludedRanges([]))
    #expect(words.map { text[$0] } == ["规章", "1\u{200B}43", "5\u{200B}"])
  }

  /// `行政\u{200B}许可1\u{200B}43` in a flattened page: the 143 the writer sees, at exactly its characters (it was read
  /// as `43`, the `1` taken for the label's end); in lynx's copy the label holding a zero-width space is found.
  @Test(arguments: ["\n", "\r\n"])
  func aValueWithAZeroWidthSpaceInsideIsReadWhole(lineEnd: String) throws {
    let report = ReportReader.read(SourceText(Self.text("inv-2023-spaces.flat-spaced.txt", lineEnd: lineEnd)))
    let row = try #require(report.table2?.rows.first { $0.label.hasPrefix("行政") && $0.label.hasSuffix("许可") })
    let cell = try #require(row.cells.first)
    #expect(cell.text == "143")
    #expect(report.text[cell.range] == "1\u{200B}43")
    let lynx = ReportSummary(ReportReader.read(SourceText(Self.text("inv-2023-spaces.lynx.txt", lineEnd: lineEnd))))
    let carried = try #require(lynx.table3?.first { $0.row.hasPrefix("二、上年结转") })
    #expect(carried.values == ["1", "3", "2", "1", "4", "3", "14"])
  }

  /// LibreOffice's PDF wraps `　　359` below its row (`1761 215 427 500 363 3625` / `359` under 科研机构): the
  /// values are read in the order of their columns, never `359` as the 总计.
  @Test(arguments: ["\n", "\r\n"])
  func aValueWrappedBelowItsRowIsReadInItsColumn(lineEnd: String) throws {
    let text = Self.text("inv-2023-spaces.word-pdf-layout.txt", lineEnd: lineEnd)
    let summary = ReportSummary(ReportReader.read(SourceText(text)))
    let rows = try #require(summary.table3)
    #expect(rows.first?.values == ["1761", "215", "359", "427", "500", "363", "3625"])
    #expect(rows.first { $0.row == "（七）总计" }?.values == ["1761", "212", "361", "425", "498", "361", "3618"])
  }

  /// `34 -—- - - 34` in a flattened copy (34, -, —, -, -, -, 34: marks glued): the run of marks is cut where its
  /// character changes, and R3-2, the marks counted as 0, rules out cutting the 34s (`3·4·-—-·-·-·3·4` was read
  /// before marks were counted); each mark's cell is exactly its character.
  @Test(arguments: ["\n", "\r\n"])
  func gluedMarksAreCutIntoMarks(lineEnd: String) throws {
    let report = ReportReader.read(SourceText(Self.text("inv-2022-dashes.flat-glued.txt", lineEnd: lineEnd)))
    let partial = try #require(report.table3?.row("partial"))
    #expect(partial.cells.map(\.text) == ["34", "-", "—", "-", "-", "-", "34"])
    #expect(partial.cells.map { report.text[$0.range] } == ["34", "-", "—", "-", "-", "-", "34"])
    #expect(partial.cells[1...3].allSatisfy { $0.isEmpty && $0.confidence == .solved })
    // `17 - ——5 —— 22` (17, -, ——, 5, —, —, 22): `——5` and `——` may each be one mark or two, and 17·-·—·—·5·——·22
    // balances as well as the writer's cells: the marks' places are not known, so the row is not read either way.
    let fees = try #require(ReportSummary(report).table3?.first { $0.row.contains("缴纳费用") })
    #expect(fees.values.allSatisfy { $0 == nil })
  }

  /// The splits of a glued table 三 row whose marks are cut, under R3-2 (the 总计 is the sum of the six others).
  private func splits(_ tokens: [String], cutsMarks: Bool = true) -> [[String]] {
    let scalars = tokens.map { Array($0.unicodeScalars) }
    var splitter = RowSplitter(tokens: scalars, kinds: Array(repeating: .count, count: 7))
    splitter.cutsMarks = cutsMarks
    splitter.accepts = { values in
      values.count < 7 || values[6] == nil || values[..<6].contains(nil)
        || values[6] == values[..<6].reduce(0) { $0 + ($1 ?? 0) }
    }
    var budget = WorkBudget(100_000)
    guard case .splits(let found) = splitter.splits(limit: 50, budget: &budget) else { return [] }
    return found.map(\.values)
  }

  /// A run of marks is cut where its character changes (`-—-`); a piece never holds a mark and a digit, and the
  /// marks count as 0 under R3-2.
  @Test func aRunOfMarksIsCutWhereItsCharacterChanges() {
    #expect(splits(["34", "-—-", "-", "-", "34"]) == [["34", "-", "—", "-", "-", "-", "34"]])
    #expect(splits(["无—/", "5", "——", "5"]) == [["无", "—", "/", "5", "—", "—", "5"]])
    let found = splits(["—1——7816"])
    #expect(found == [["—", "1", "—", "—", "7", "8", "16"]])
    #expect(found.joined().allSatisfy { $0.allSatisfy(\.isNumber) || !$0.contains(where: \.isNumber) })
  }

  /// `———` holding two cells is `—`·`——` or `——`·`—`, and `——` may be one mark or two: the same values, so the rules
  /// cannot choose, and every split is kept (the row is undecided, never read one way). Where the count decides,
  /// `——` is two marks.
  @Test func aRunOfOneDashWhoseCellsTheRulesCannotPlaceIsUndecided() {
    let found = splits(["5", "———", "/", "——", "2", "7"])
    #expect(
      Set(found) == [
        ["5", "—", "——", "/", "——", "2", "7"], ["5", "——", "—", "/", "——", "2", "7"],
        ["5", "———", "/", "—", "—", "2", "7"],
      ])
    #expect(splits(["5", "——", "0", "0", "0", "5"]) == [["5", "—", "—", "0", "0", "0", "5"]])
  }

  /// Table 二 has no rules to choose how many cells a run of marks holds: there a token of marks stays whole.
  @Test func withoutCuttingMarksARunOfMarksIsOneToken() {
    #expect(splits(["34", "-—-", "-", "-", "34"], cutsMarks: false).allSatisfy { $0.contains("-—-") })
  }
}
