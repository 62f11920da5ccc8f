import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// GJ207 and GJ403 on a flattened line cut at sentence ends: a part-year `统计期限` and publication lines
/// (`发布日期：…`) on the long line of section 一 read as in the whole line (a line's first publication match only,
/// even when a later block of the line holds a valid one), and typing near them gives a fresh analysis.
@Suite struct FlattenedPeriodEditTests {
  static let period = "统计期限自2021年7月1日起至2021年12月31日止。"
  static let invalid = "发布日期：2022-13-01。"
  static let published = "发布日期：2022-03-15。"

  /// Example 002 flattened with section 一 grown on its heading's line by 60 paragraphs (a leftover, a Kangxi radical,
  /// 𠀀), ``period`` after the 20th, `first` (if any) after the 40th and ``published`` after the 55th.
  static func text(first: String? = invalid, newline: String = "\n") -> SourceText {
    let base = Fixtures.fixture("GoujiSyntaxTests", "forms/002_cf9a8ca2a320709f.flattened.txt")
    let paragraph = "[image: 2e5680157276]本局通过政府网站⼯作动态𠀀主动公开政府信息，回应社会关切。二是公开指南。"
    let paragraphs = { (count: Int) in String(repeating: paragraph, count: count) }
    let grown = paragraphs(20) + period + paragraphs(20) + (first ?? "") + paragraphs(15) + published + paragraphs(5)
    let text = base.replacingOccurrences(of: "、总体情况", with: "、总体情况" + grown)
    return SourceText(text.replacingOccurrences(of: "\n", with: newline))
  }

  static func findings(_ analysis: Analysis, _ code: String) -> [Diagnostic] {
    analysis.diagnostics.filter { $0.code == code }
  }

  @Test func theLineIsCutAndReadAsAWhole() throws {
    let analysis = Analyzer.analyze(Self.text(first: nil))
    let text = analysis.text
    try #require(SentenceBlocksTests.cuts(analysis).count >= 4)
    let period = try #require(Self.findings(analysis, PeriodPartYear.metadata.code).first)
    #expect(text[period.range] == "2021年7月1日起至2021年12月31日")
    let late = try #require(Self.findings(analysis, PublishedLate.metadata.code).first)
    #expect(text[late.range] == "2022-03-15")
    // The line's first publication match is no date: the line has none, though a later block holds one.
    let blocked = Analyzer.analyze(Self.text())
    #expect(Self.findings(blocked, PublishedLate.metadata.code).allSatisfy { blocked.text[$0.range] != "2022-03-15" })
    #expect(Self.findings(blocked, PeriodPartYear.metadata.code).count == 1)
  }

  @Test(arguments: ["\n", "\r\n"])
  func typingNearThePeriodAndThePublicationLines(_ newline: String) throws {
    let text = Self.text(newline: newline)
    let at = { (needle: String) in FlattenedEditTests.offset(of: needle, in: text) }
    let (period, invalid, published) = (at(Self.period), at(Self.invalid), at(Self.published))
    let month = period + "统计期限自2021年".utf8.count
    let invalidMonth = invalid + "发布日期：2022-".utf8.count
    let edits = [
      TextEdit(range: TextRange(emptyAt: period), newText: "的"),
      TextEdit(range: TextRange(emptyAt: period + Self.period.utf8.count), newText: "的"),
      TextEdit(range: TextRange(start: month, end: month + 1), newText: "1"),
      TextEdit(range: TextRange(start: period - 3, end: period), newText: ""),
      TextEdit(range: TextRange(emptyAt: month + "7月1日起".utf8.count), newText: "；"),
      TextEdit(range: TextRange(start: invalidMonth, end: invalidMonth + 2), newText: "02"),
      TextEdit(range: TextRange(start: invalid, end: invalid + Self.invalid.utf8.count), newText: ""),
      TextEdit(range: TextRange(emptyAt: published + 3), newText: "的"),
      TextEdit(range: TextRange(emptyAt: published), newText: newline),
      TextEdit(range: TextRange(start: published - 3, end: published + 6), newText: "。发布时间"),
    ]
    for edit in edits { FlattenedEditTests.expectFreshAfter(text, edit) }
  }
}
