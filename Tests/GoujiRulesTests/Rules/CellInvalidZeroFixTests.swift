import GoujiAnalysis
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiRules

/// GJ306's safe fix of a count cell written `无` or `〇`: `0` in its place, only where the cell stands apart.
@Suite struct CellInvalidZeroFixTests {
  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated, .spaceSeparated], ["〇", "无"])
  func everyZeroWordHasASafeFixWritingZeroOverIt(_ form: ReportBuilder.Form, _ mark: String) throws {
    let (text, marks) = CellWordsTests.table3Marked(mark, form: form)
    let analysis = Analyzer.analyze(SourceText(text))
    let invalid = analysis.diagnostics.filter { $0.code == "GJ306" }
    #expect(invalid.count == marks)
    for diagnostic in invalid {
      let fix = try #require(diagnostic.fixes.first)
      #expect(diagnostic.fixes.count == 1 && fix.isSafe && fix.title.zh == "填0")
      #expect(fix.edits == [TextEdit(range: diagnostic.range, newText: "0")])
      #expect(analysis.report.text[diagnostic.range] == mark)
    }
    let fixed = Analyzer.applyingSafeFixes(SourceText(text)).text
    #expect(fixed.string == CellWordsTests.table3Marked("0", form: form).text)
    #expect(Analyzer.analyze(fixed).diagnostics.allSatisfy { $0.code != "GJ306" })
  }

  /// The first `〇` of each line is the cell: a fix only between borders (white space of any kind, a table bar, the
  /// text's ends), since `0` beside digits or another `〇` would join them into another number.
  @Test(arguments: [
    ("│〇│", true), ("|〇|", true), ("\t〇\r\n", true), ("　〇　", true), ("〇", true), ("𠀀 〇\r\n", true),
    ("𠀀〇 ", false), ("〇〇", false), ("〇1", false), (" 2〇 ", false),
  ])
  func aZeroWordStandsApartBetweenBordersOnly(_ line: String, _ fixable: Bool) {
    let text = SourceText(line)
    let start = line.utf8.count - line.drop { $0 != "〇" }.utf8.count
    let cell = Cell(text: "〇", range: TextRange(start: start, end: start + 3), state: .written)
    #expect(text[cell.range] == "〇")
    #expect((CellInvalid.zeroFix(cell, in: text) != nil) == fixable)
  }
}
