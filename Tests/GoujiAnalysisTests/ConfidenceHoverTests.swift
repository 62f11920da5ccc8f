import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

/// The hover of a cell says how its value was read when it was not read as written.
@Suite struct ConfidenceHoverTests {
  /// Table 三's first row as the web copy writes it (three label columns), with 12 applications of 自然人 and one
  /// of 商业企业; 11 of them are carried over, so that every column balances.
  private static let newRow = "一、本年新收政府信息公开申请数量\t\t\t12\t1\t0\t0\t0\t0\t13"

  private func text(replacing old: String, with new: String) -> String {
    let text = ReportBuilder(form: .tabSeparated).withoutFigures()
      .setting(.table3, "new", ["12", "1", "0", "0", "0", "0", "13"])
      .setting(.table3, "carryOver", ["11", "0", "0", "0", "0", "0", "11"])
      .build()
    #expect(text.contains(old))
    return text.replacingOccurrences(of: old, with: new)
  }

  private func hover(_ text: String, at range: (Analysis) -> TextRange?) throws -> String {
    let analysis = analyze(text)
    let cell = try #require(range(analysis))
    return try #require(Features.hover(analysis, at: cell.start, language: .zh)).plainText
  }

  @Test func aSolvedCellSaysItWasSplitByTheRules() throws {
    // 12·1 | 0·0·0·0 | 13: the only split whose total balances.
    let text = text(replacing: Self.newRow, with: "一、本年新收政府信息公开申请数量 121 0000 13")
    let plain = try hover(text) { $0.table3Cell("new", 1) }
    #expect(plain.contains("商业企业 · 一、本年新收政府信息公开申请数量 = 1\n读取方式：由连写的数字拆分而来，或由 PDF 阅读顺序文本中成串的数值放入此格，是列类型和勾稽关系唯一允许的读法。"))
    // A solved cell takes part in the sums as any written cell does.
    #expect(plain.contains("行合计（R3-2）：12 + 1 + 0 + 0 + 0 + 0 = 13 ✓ 总计 13"))
  }

  @Test func anInferredCellShowsItsGuessAndTheAlternatives() throws {
    let text = text(replacing: "行政规范性文件\t2\t1\t15", with: "行政规范性文件767676")
    let plain = try hover(text) { $0.report.table2?.row("normativeDocuments")?.cells[0].range }
    #expect(plain.contains("本年制发件数 · 第二十条第（一）项 行政规范性文件 = 76（推测值；其他可能："))
    #expect(plain.contains("读取方式：推测。连写的数字有多种拆法，这是最可能的一种，不参与任何核对；请以原件为准。"))
  }

  @Test func anUnreadableCellSaysSoAndIsLeftOutOfTheSums() throws {
    let text = text(replacing: Self.newRow, with: "一、本年新收政府信息公开申请数量 12345678901234567890")
    let plain = try hover(text) { $0.table3Cell("new", 6) }
    #expect(plain.contains("读取方式：无法可靠读取，不参与任何核对；请核对原文。"))
    #expect(!plain.contains("✗"))
  }
}
