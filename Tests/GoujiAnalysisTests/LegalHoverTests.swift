import GoujiAnalysis
import GoujiRules
import GoujiStatutes
import GoujiTestSupport
import GoujiText
import Testing

/// The hovers of the table labels a reviewer checks against the law (issue 9, point 2).
@Suite struct LegalHoverTests {
  /// The hover text at the first `needle` after `after` in an example.
  private func hover(_ prefix: String, _ needle: String, after: String, at position: (TextRange) -> Int = \.start)
    throws -> HoverContent
  {
    let text = Fixtures.example(example(prefix))
    let range = try #require(text.utf8Range(of: needle, after: after))
    return try #require(Features.hover(analyze(text), at: position(range), language: .zh))
  }

  @Test func table4OutcomeHeadersFollowTheProceduralLaw() throws {
    // (a) Example 002 writes 结果\n维持 and 其他\n结果 over two lines.
    let upheld = try hover("002", "结果\n维持", after: "四、政府信息公开行政复议")
    #expect(upheld.markdown.contains("维持决定"))
    #expect(upheld.markdown.contains("驳回复议请求"))
    #expect(upheld.markdown.contains("判决驳回诉讼请求"))
    #expect(upheld.markdown.contains("已没有维持判决"))
    let other = try hover("002", "其他\n结果", after: "四、政府信息公开行政复议")
    for outcome in ["程序性驳回", "终止", "撤回"] { #expect(other.markdown.contains(outcome), "\(outcome)") }
    #expect(other.markdown.contains("应计入结果维持，不计入本列"))
  }

  @Test func otherHandlingFollowsTheReportsFormatYear() throws {
    // (c) 2020 report, 2019 format: one row, no 信息处理费 and no 第四十二条.
    let trial = try hover("000", "（六）其他处理", after: "三、收到和处理政府信息公开申请情况", at: { $0.start + 9 })
    #expect(trial.markdown.contains("2019年试行格式中本项只有一行"))
    #expect(!trial.markdown.contains("第四十二条"))
    #expect(!trial.markdown.contains("信息处理费"))
    // 2021 report: the three-way split and the article on the fee.
    let revised = try hover("002", "（六）其他处理", after: "三、收到和处理政府信息公开申请情况", at: { $0.start + 9 })
    #expect(revised.markdown.contains("2021年格式分为三项"))
    #expect(revised.markdown.contains("第四十二条"))
  }

  @Test func administrativeQueryRestsOnTheInterpretationNotOnAnArticle() throws {
    // (d)
    let query = try hover("002", "属于行政查询事项", after: "（三）不予公开")
    #expect(query.markdown.contains("本项的依据是国务院办公厅政府信息与政务公开办公室《关于明确政府信息公开与业务查询事项界限的解释》"))
    #expect(query.markdown.contains("最接近的条文是第三十六条第（七）项"))
    #expect(!query.markdown.contains("条文依据是"))
  }

  @Test func enforcementFilesAreDiscretionary() throws {
    // (e)
    let files = try hover("002", "属于行政执法案卷", after: "（三）不予公开")
    #expect(files.markdown.contains("“可以不予公开”：是否公开由行政机关裁量决定，并不是禁止公开"))
    #expect(!files.markdown.contains("而不是通过政府信息公开申请获取"))
  }

  @Test func rowHoverInPlainTextCarriesTheArticleText() throws {
    // Clients without Markdown get the article itself too, not only its number.
    let text = Fixtures.example(example("002"))
    let range = try #require(text.utf8Range(of: "属于国家秘密", after: "（三）不予公开"))
    let hover = try #require(Features.hover(analyze(text), at: range.start, language: .zh))
    #expect(hover.plainText.contains("《中华人民共和国政府信息公开条例》第十四条\n依法确定为国家秘密的政府信息"))
  }

  @Test func table4HeaderHoverInPlainTextCarriesTheText() throws {
    let text = Fixtures.example(example("002"))
    let range = try #require(text.utf8Range(of: "其他\n结果", after: "四、政府信息公开行政复议"))
    let hover = try #require(Features.hover(analyze(text), at: range.start, language: .zh))
    #expect(hover.plainText.contains("程序性驳回"))
  }
}
