import GoujiAnalysis
import GoujiRules
import GoujiTestSupport
import GoujiText
import Testing

/// The hover of a GJ312 finding's cell shows the equation the finding reports: an empty outcome-row 总计 that GJ311
/// reports is counted there as its row's sum, a value gouji computed, and the hover says so beside the number.
@Suite struct DerivedValueHoverTests {
  /// （一）予以公开's 总计 empty (its parts add up to 1), （四）1's 商业企业 2 where （七）总计 counts 1. CRLF, `𠀀` in the
  /// prose.
  private static let text = ReportBuilder(form: .tabSeparated).with {
    $0.lineEnding = "\r\n"
    $0.preamble = "本报告𠀀根据《中华人民共和国政府信息公开条例》编制。"
  }
  .setting(.table3, "public", "total", "")
  .setting(.table3, "unable.notHeld", ["0", "2", "0", "0", "0", "0", "2"])
  .setting(.table3, "outcomeTotal", ["1", "1", "0", "0", "0", "0", "2"]).build()

  @Test(arguments: [(Language.zh, "1（总计未填写，按各列合计）"), (.en, "1 (no total written; sum of its columns)")])
  func theColumnSumNamesTheDerivedValue(language: Language, derived: String) throws {
    let analysis = analyze(Self.text)
    let cell = analysis.table3Cell("outcomeTotal", 6)
    #expect(analysis.diagnostics.contains { $0.code == "GJ312" && $0.range == cell })
    let hover = try #require(Features.hover(analysis, at: cell.start, language: language))
    #expect(hover.plainText.contains(derived))
    #expect(hover.markdown.contains(derived))
    // The 商业企业 column's sum holds no derived value: its hover names none.
    let commercial = analysis.table3Cell("outcomeTotal", 1)
    let other = try #require(Features.hover(analysis, at: commercial.start, language: language))
    #expect(!other.plainText.contains(derived))
  }
}
