import GoujiAnalysis
import GoujiFormats
import GoujiRules
import GoujiStatutes
import GoujiTestSupport
import GoujiText
import Testing

/// A synthetic third format: the newest national format with its own id, name, notice and years, table 三's
/// `2.重复申请` worded `2.重复提出的申请`, and table 二's columns of documents under keys of their own. It exists only
/// as data; nothing in the reader, the rules or the features names it.
enum ThirdFormat {
  static let renamedKey = "ignored.repeated"
  static let renamedCore = "重复提出的申请"
  static let renamedLabel = "2." + renamedCore
  /// Table 二's columns of documents (制发, 废止, 现行有效) under new keys: the rules read them by their meaning.
  static let renamedColumns = ["issuedThisYear": "made", "repealedThisYear": "repealed", "inForce": "valid"]

  static let format: ReportFormat = {
    var format = FormatCatalogue.standard.formats.last!
    format.id = FormatID(rawValue: "2031")
    format.displayName = FormatName(zh: "2031年格式（测试）", en: "the 2031 test format")
    format.years = 2031...9999
    format.notice.number = "国办公开办函〔2031〕1号"
    format.notice.year = 2031
    format.notice.serial = 1
    let index = format.table3.rows.firstIndex { $0.key == renamedKey }!
    format.table3.rows[index].core = renamedCore
    format.table3.rows[index].label = format.table3.rows[index].numbering + renamedCore
    let renamed = { (key: String) in renamedColumns[key] ?? key }
    for subtable in format.table2.indices {
      for column in format.table2[subtable].columns.indices {
        format.table2[subtable].columns[column].key = renamed(format.table2[subtable].columns[column].key)
      }
      guard var follows = format.table2[subtable].yearOverYear else { continue }
      follows.column = renamed(follows.column)
      follows.previousTerms = follows.previousTerms.map(renamed)
      follows.added = follows.added.map(renamed)
      follows.removed = follows.removed.map(renamed)
      format.table2[subtable].yearOverYear = follows
    }
    return format
  }()

  /// The standard formats and the third one after them.
  static let formats = FormatCatalogue.standard.formats + [format]

  /// A 2031 report in the third format, with CRLF line ends and an astral ideograph in section 一 (whose prose then
  /// states no figure); the renamed row holds one application, counted in （七）总计, none carried over.
  static var builder: ReportBuilder {
    ReportBuilder(year: 2031)
      .setting(.table3, renamedKey, ["1", "0", "0", "0", "0", "0", "1"])
      .setting(.table3, "outcomeTotal", ["2", "1", "0", "0", "0", "0", "3"])
      .setting(.table3, "carryOver", ["0", "0", "0", "0", "0", "0", "0"])
      .with {
        $0.lineEnding = "\r\n"
        $0.prose[1] = "本年度，我局𠀀依照《中华人民共和国政府信息公开条例》第二十条第（五）项主动公开行政许可信息。"
        $0.labels[renamedKey] = renamedLabel
      }
  }
}

@Suite struct ThirdFormatTests {
  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func theReaderReadsTheRenamedRowAsTheFormatsOwn(form: ReportBuilder.Form) throws {
    var builder = ThirdFormat.builder
    builder.form = form
    let text = builder.build()
    let (analysis, expected) = ReportFormats.using(ThirdFormat.formats) {
      let analysis = analyze(text)
      return (analysis, analysis.report.expectedFormat)
    }
    #expect(analysis.report.tableFormat == ThirdFormat.format.id)
    #expect(expected == ThirdFormat.format.id)
    let row = try #require(analysis.report.table3?.row(ThirdFormat.renamedKey))
    #expect(row.label == ThirdFormat.renamedLabel)
    #expect(row.labelMatchesFormat)
    #expect(row.cells.map(\.text) == ["1", "0", "0", "0", "0", "0", "1"])
    #expect(analysis.report.formatEvidence.map(\.label) == [ThirdFormat.renamedLabel])
    #expect(analysis.text.isValid(row.labelRange))
    #expect(!analysis.diagnostics.contains { $0.range.overlaps(row.range) }, "\(analysis.diagnostics.map(\.code))")
  }

  @Test func withoutTheFormatTheRenamedRowIsUnknown() {
    let analysis = analyze(ThirdFormat.builder.build())
    #expect(analysis.report.table3?.row(ThirdFormat.renamedKey)?.labelMatchesFormat != true)
    #expect(analysis.report.table3?.unknownLabels.map(\.text) == [ThirdFormat.renamedLabel])
  }

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func aBalanceRuleFiresOnABrokenTotalOfTheRenamedRow(form: ReportBuilder.Form) throws {
    var builder = ThirdFormat.builder.setting(.table3, ThirdFormat.renamedKey, ["1", "0", "0", "0", "0", "0", "5"])
    builder.form = form
    let text = builder.build()
    let analysis = ReportFormats.using(ThirdFormat.formats) { analyze(text) }
    let cell = analysis.table3Cell(ThirdFormat.renamedKey, 6)
    let finding = try #require(analysis.diagnostics.first { $0.code == "GJ310" })
    #expect(finding.range == cell)
    #expect(finding.message.zh.contains(ThirdFormat.renamedCore), "\(finding.message.zh)")
    #expect(finding.message.zh.contains("5"))
  }

  @Test func hoverExplainsTheRenamedRowWithTheMeaningOfTheRow() throws {
    let text = ThirdFormat.builder.build()
    let meaning = try #require(RowExplanations.explanation(for: "重复申请", in: .applications, axis: .row)).meaning
    let (range, hover) = ReportFormats.using(ThirdFormat.formats) {
      let analysis = analyze(text)
      let range = analysis.report.table3?.row(ThirdFormat.renamedKey)?.labelRange
      return (range, range.flatMap { Features.hover(analysis, at: $0.start + 4, language: .zh) })
    }
    let content = try #require(hover)
    #expect(content.range == range)
    #expect(content.markdown.contains("**\(ThirdFormat.renamedCore)**"), "\(content.markdown)")
    #expect(content.markdown.contains(meaning))
  }

  @Test func completionOffersTheRenamedRow() throws {
    let builder = ThirdFormat.builder.with { $0.omittedRows.insert(ThirdFormat.renamedKey) }
    let next = "\t3.要求提供公开出版物"
    let marked = MarkedText(
      builder.build().replacingOccurrences(of: next, with: "\t1️⃣重复提2️⃣" + builder.lineEnding + next)
    )
    let result = ReportFormats.using(ThirdFormat.formats) {
      Features.completions(analyze(marked.text), at: marked["2️⃣"], language: .zh)
    }
    #expect(result.replaceRange == marked.range("1️⃣", "2️⃣"))
    let rows = result.candidates.filter { $0.kind == .rowLabel }
    #expect(rows.map(\.label) == [ThirdFormat.renamedLabel])
    #expect(rows.first?.documentation?.contains("**\(ThirdFormat.renamedCore)**") == true)
  }

  /// GJ407 counts the body's own 规章 and GJ401 compares the prose's `现行有效规章5件` with the column the words name,
  /// both found by the columns' meaning under their new keys.
  @Test func rulesReadTheRenamedColumnsOfTable2ByTheirMeaning() throws {
    let marked = MarkedText(
      ThirdFormat.builder.with {
        $0.agency = "某区科学技术局"
        $0.prose[2] = "1️⃣现行有效规章5件⏹。"
      }.setting(.table2, "rules", ["1", "0", "2"]).build()
    )
    let analysis = ReportFormats.using(ThirdFormat.formats) { analyze(marked.text) }
    let columns = try #require(analysis.report.table2?.row("rules")?.cells)
    let claim = try #require(analysis.diagnostics.first { $0.code == "GJ401" })
    #expect(claim.range == TextRange(start: marked["1️⃣"], end: try #require(marked.ends["1️⃣"])))
    #expect(claim.message.zh == "正文称“现行有效规章5件”，表二“规章”行“现行有效件数”为2件", "\(claim.message.zh)")
    let counted = try #require(analysis.diagnostics.first { $0.code == "GJ407" })
    #expect(counted.range == columns[0].range)
    #expect(counted.message.zh.hasPrefix("表二“规章”填写了本年制发件数1，现行有效件数2，"), "\(counted.message.zh)")
  }

  /// A report keeps the formats it was read with: analysed, re-analysed after an edit and hovered outside the call
  /// that read it, it is still a report in the third format, with the findings it has inside.
  @Test func aReportKeepsItsFormatsOutsideTheCallThatReadIt() throws {
    let broken = ThirdFormat.builder.setting(.table3, ThirdFormat.renamedKey, ["1", "0", "0", "0", "0", "0", "5"])
    let marked = MarkedText(broken.build().replacingOccurrences(of: "主动公开行政许可", with: "主动公开1️⃣行政许可"))
    let edited = marked.text.replacingOccurrences(of: "主动公开行政许可", with: "主动公开相关行政许可")
    let (report, expected, expectedAfterEdit) = ReportFormats.using(ThirdFormat.formats) {
      (Analyzer.read(SourceText(marked.text)), analyze(marked.text), analyze(edited))
    }
    #expect(report.expectedFormat == ThirdFormat.format.id && report.effectiveFormat.id == ThirdFormat.format.id)
    let analysis = Analyzer.analyze(report: report, configuration: RuleConfiguration())
    let findings = { (analysis: Analysis) in analysis.diagnostics.map { "\($0.code) \($0.range)" } }
    #expect(findings(analysis) == findings(expected))
    #expect(analysis.diagnostics.contains { $0.code == "GJ310" })
    let edit = TextEdit(range: TextRange(start: marked["1️⃣"], end: marked["1️⃣"]), newText: "相关")
    #expect(findings(Analyzer.reanalyze(analysis, applying: [edit])) == findings(expectedAfterEdit))
    let label = try #require(report.table3?.row(ThirdFormat.renamedKey)?.labelRange)
    let hover = try #require(Features.hover(analysis, at: label.start + 4, language: .zh))
    #expect(hover.markdown.contains("**\(ThirdFormat.renamedCore)**"), "\(hover.markdown)")
    #expect(PreviousYear(report) == ReportFormats.using(ThirdFormat.formats) { PreviousYear(report) })
  }

  @Test func completionOutsideTheCallThatReadTheReportOffersTheRenamedRow() {
    let builder = ThirdFormat.builder.with { $0.omittedRows.insert(ThirdFormat.renamedKey) }
    let next = "\t3.要求提供公开出版物"
    let marked = MarkedText(builder.build().replacingOccurrences(of: next, with: "\t重复提1️⃣" + builder.lineEnding + next))
    let analysis = ReportFormats.using(ThirdFormat.formats) { analyze(marked.text) }
    let rows = Features.completions(analysis, at: marked["1️⃣"], language: .zh).candidates.filter { $0.kind == .rowLabel }
    #expect(rows.map(\.label) == [ThirdFormat.renamedLabel])
  }

  @Test func messagesNameTheFormatByItsDisplayName() {
    var builder = ThirdFormat.builder
    builder.year = 2024
    let text = builder.build()
    let analysis = ReportFormats.using(ThirdFormat.formats) { analyze(text) }
    let mismatch = analysis.diagnostics.filter { $0.message.zh.contains("2031年格式（测试）") }
    #expect(!mismatch.isEmpty, "\(analysis.diagnostics.map { $0.message.zh })")
  }
}
