import GoujiAnalysis
import GoujiFormats
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// The data every balance code's finding carries (``BalanceData``), on a TAB-separated CRLF report whose labels
/// hold CJK and an astral character: the format rule, the line, the cell (exactly the finding's range), the value
/// the cell should hold, what is written, and every cell of both sides.
@Suite struct BalanceDataTests {
  /// The builder every case starts from: CRLF, TAB-separated, `𠀀` in a label above the tables' cells.
  static let base = ReportBuilder(form: .tabSeparated).withoutFigures().with {
    $0.lineEnding = "\r\n"
    $0.labels["new"] = "一、𠀀本年新收政府信息公开申请数量"
  }

  static let applicants = ["natural", "commercial", "research", "publicInterest", "legal", "other"]

  /// The one finding of `code` at the marker `1️⃣` of `builder`'s text, its data, and the text.
  static func finding(_ code: String, _ builder: ReportBuilder) throws -> (Diagnostic, BalanceData, SourceText) {
    let marked = MarkedText(builder.build())
    #expect(marked.text.contains("𠀀") && marked.text.contains("\r\n"))
    let text = SourceText(marked.text)
    let analysis = Analyzer.analyze(text, configuration: configuration(selecting: code))
    let diagnostic = try #require(analysis.diagnostics.first { $0.range.start == marked.offset("1️⃣") })
    let data = try #require(diagnostic.data?.balance)
    #expect(data.cell.cell.range == diagnostic.range)
    return (diagnostic, data, text)
  }

  @Test func rowTotal() throws {
    let builder = Self.base.setting(.table3, "new", ["12", "1", "0", "0", "0", "0", "1️⃣3"])
    let (_, data, text) = try Self.finding("GJ310", builder)
    #expect(data.rule.id == "R3-2" && data.rule.table == .table3 && data.line == "new")
    #expect(data.cell.row == "new" && data.cell.column == "total" && text[data.cell.cell.range] == "3")
    #expect(data.expected == 13 && data.written == 3 && data.cellIsTheTotal)
    #expect(data.parts.map(\.column) == Self.applicants && data.parts.allSatisfy { $0.row == "new" })
    #expect(data.parts.map { text[$0.cell.range] } == ["12", "1", "0", "0", "0", "0"])
  }

  @Test func emptyRowTotal() throws {
    let builder = Self.base.setting(.table3, "carryOver", ["2", "0", "0", "0", "0", "1", "1️⃣"])
    let (_, data, _) = try Self.finding("GJ311", builder)
    #expect(data.rule.id == "R3-2" && data.line == "carryOver" && data.cell.column == "total")
    #expect(data.cell.cell.isEmpty && data.cell.cell.range.isEmpty)
    #expect(data.expected == 3 && data.written == nil)
    #expect(data.parts.map { $0.cell.arithmeticValue } == [2, 0, 0, 0, 0, 1])
  }

  @Test func outcomeTotal() throws {
    let builder = Self.base.setting(.table3, "public", ["1", "0", "0", "0", "0", "0", "1"])
      .setting(.table3, "unable.notHeld", ["2", "0", "0", "0", "0", "0", "2"])
      .setting(.table3, "outcomeTotal", ["1️⃣1", "0", "0", "0", "0", "0", "1"])
    let (diagnostic, data, text) = try Self.finding("GJ312", builder)
    #expect(data.rule.id == "R3-3" && data.rule.axis == .eachColumn && data.line == "natural")
    #expect(data.cell.row == "outcomeTotal" && data.cell.column == "natural" && text[data.cell.cell.range] == "1")
    #expect(data.expected == 3 && data.written == 1 && data.totals.map(\.row) == ["outcomeTotal"])
    #expect(data.parts.map(\.row) == ReportFormats.format(.format2021).table3.rules.first { $0.id == "R3-3" }?.parts)
    #expect(data.parts.filter { $0.cell.arithmeticValue != 0 }.map(\.row) == ["public", "unable.notHeld"])
    #expect(diagnostic.related.map(\.range) == data.parts.filter { $0.cell.arithmeticValue != 0 }.map(\.cell.range))
  }

  @Test func columnBalance() throws {
    let builder = Self.base.setting(.table3, "new", ["3", "1", "0", "0", "0", "0", "4"])
      .setting(.table3, "carryOver", ["1️⃣1", "0", "0", "0", "0", "0", "1"])
    let (diagnostic, data, text) = try Self.finding("GJ313", builder)
    #expect(data.rule.id == "R3-1" && data.line == "natural" && data.cell.row == "carryOver")
    #expect(data.totals.map(\.row) == ["outcomeTotal", "carryOver"] && data.parts.map(\.row) == ["new", "carried"])
    #expect(!data.cellIsTheTotal && text[data.cell.cell.range] == "1")
    // 一 + 二 = 3 + 0; （七）总计 is 1, so the carry-over that balances the column is 2.
    #expect(data.partsValue == 3 && data.totalValue == 2 && data.expected == 2 && data.written == 1)
    #expect(diagnostic.fixes.first?.edits.first?.newText == "2")
  }

  @Test func reviewTotal() throws {
    let builder = Self.base.setting(.table4, "review", ["1", "0", "0", "1", "1️⃣1"])
    let (_, data, text) = try Self.finding("GJ314", builder)
    #expect(data.rule.id == "R4" && data.rule.table == .table4 && data.line == "review")
    #expect(data.cell.column == "total" && text[data.cell.cell.range] == "1")
    #expect(data.expected == 2 && data.written == 1)
    #expect(data.parts.map(\.column) == ["upheld", "corrected", "otherResult", "pending"])
  }

  @Test func oneWrongTotalInThreeEquationsIsOneFinding() throws {
    // （七）总计's 总计 5 where its row and its column both add up to 2: R3-2, R3-3 and R3-1 all fail at or through
    // it, and the say-it-once policy leaves one finding, GJ310's.
    let marked = MarkedText(Self.base.setting(.table3, "outcomeTotal", ["1", "1", "0", "0", "0", "0", "1️⃣5"]).build())
    let analysis = Analyzer.analyze(
      SourceText(marked.text), configuration: configuration(selecting: "GJ310", "GJ311", "GJ312", "GJ313", "GJ314"))
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(analysis.diagnostics.count == 1)
    #expect(diagnostic.code == "GJ310" && diagnostic.range.start == marked.offset("1️⃣"))
    #expect(diagnostic.data?.balance?.rule.id == "R3-2" && diagnostic.data?.balance?.expected == 2)
  }

  @Test func findingsOfOtherRulesCarryNoBalanceData() {
    let analysis = Analyzer.analyze(SourceText(Fixtures.example("000_212ac920282683c5.txt")))
    let balanceCodes: Set = ["GJ310", "GJ311", "GJ312", "GJ313", "GJ314"]
    #expect(analysis.diagnostics.contains { $0.data != nil })
    for diagnostic in analysis.diagnostics {
      #expect((diagnostic.data?.balance != nil) == balanceCodes.contains(diagnostic.code), "\(diagnostic.code)")
    }
  }
}
