import GoujiAnalysis
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Cells written `无` (none: counted as 0, still reported by GJ306 as not a number) and a dash or slash alone (read
/// as an empty cell: GJ305, whose fix writes 0 over the mark), in the forms the tables arrive in.
@Suite struct CellWordsTests {
  /// The clean report (CRLF, an astral character in the body's name) with every `0` of table 三 replaced by `mark`,
  /// and how many cells that marked (`CellInvalidZeroFixTests` too).
  static func table3Marked(_ mark: String, form: ReportBuilder.Form) -> (text: String, marks: Int) {
    var builder = ReportBuilder(form: form).with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
    }
    var marks = 0
    for row in builder.spec.table3.rows {
      let values = builder.row(.table3, row.key).map { $0 == "0" ? mark : $0 }
      marks += values.filter { $0 == mark }.count
      builder = builder.setting(.table3, row.key, values)
    }
    return (builder.build(), marks)
  }

  static let forms: [ReportBuilder.Form] = [.cellPerLine, .tabSeparated, .spaceSeparated]

  @Test(arguments: forms)
  func noneIsZeroForTheSumsAndANumberToWrite(_ form: ReportBuilder.Form) throws {
    let (text, marks) = Self.table3Marked("无", form: form)
    let analysis = Analyzer.analyze(SourceText(text))
    let codes = analysis.diagnostics.map(\.code)
    #expect(!codes.contains { ["GJ302", "GJ304", "GJ305", "GJ310", "GJ311", "GJ312", "GJ313", "GJ401"].contains($0) })
    let invalid = analysis.diagnostics.filter { $0.code == "GJ306" }
    #expect(invalid.count == marks)
    #expect(invalid.allSatisfy { analysis.report.text[$0.range] == "无" && $0.message.zh.contains("核对时按0计算") })
    let cell = try #require(analysis.report.table3?.row("new")?.cells[2])
    #expect(cell.text == "无" && cell.state == .written && cell.arithmeticValue == 0)
    #expect(analysis.report.text[cell.range] == "无")
    let hover = try #require(Features.hover(analysis, at: cell.range.start, language: .zh))
    #expect(hover.plainText.contains("（按 0 计算）"))
  }

  @Test(arguments: forms, ["—", "-", "/", "／", "－", "——"])
  func aDashAloneIsAnEmptyCellWhoseFixWritesZeroOverIt(_ form: ReportBuilder.Form, _ dash: String) throws {
    let (text, marks) = Self.table3Marked(dash, form: form)
    let analysis = Analyzer.analyze(SourceText(text))
    let codes = analysis.diagnostics.map(\.code)
    #expect(!codes.contains { ["GJ302", "GJ304", "GJ306", "GJ310", "GJ312", "GJ313"].contains($0) })
    let cell = try #require(analysis.report.table3?.row("new")?.cells[2])
    #expect(cell.isEmpty && cell.arithmeticValue == 0)
    #expect(analysis.report.text[cell.range] == dash)
    let hover = try #require(Features.hover(analysis, at: cell.range.start, language: .zh))
    #expect(hover.plainText.contains("（视同空单元格，按 0 计算）"))
    let empty = try #require(analysis.diagnostics.first { $0.code == "GJ305" && $0.range.start <= cell.range.start })
    let fill = try #require(empty.fixes.first)
    #expect(!fill.isSafe)
    #expect(fill.edits.count == marks)
    let (fixed, _) = analysis.report.text.applyingSimultaneously(fill.edits)
    #expect(fixed.string == Self.table3Marked("0", form: form).text)
  }

  // MARK: Near misses

  @Test(arguments: forms)
  func labelsWithNoneAreNotCells(_ form: ReportBuilder.Form) throws {
    let builder = ReportBuilder(form: form).with {
      $0.labels["unable.notHeld"] = "1.本机关不掌握相关政府信息"
      $0.prose[1] = "本年度无正当理由逾期不补正的申请为0件，无收费。"
    }
    let analysis = Analyzer.analyze(SourceText(builder.build()))
    #expect(analysis.diagnostics.filter { $0.severity == .error || $0.severity == .warning }.isEmpty)
    let table = try #require(analysis.report.table3)
    let cells = table.rows.flatMap(\.cells)
    #expect(!cells.contains { $0.text.contains("无") })
  }
}
