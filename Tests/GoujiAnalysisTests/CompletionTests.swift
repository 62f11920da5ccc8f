import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct CompletionTests {
  /// A report whose table 三 lacks 3.危及“三安全一稳定” and （五）2.重复申请, with `line` typed where 3. was.
  private func reportTyping(_ line: String, form: ReportBuilder.Form = .cellPerLine) -> MarkedText {
    let builder = ReportBuilder(form: form).with {
      $0.omittedRows = ["withheld.security", "ignored.repeated"]
      $0.extraRows["withheld.security"] = (line, [])
    }
    return MarkedText(builder.build())
  }

  private func labels(_ result: CompletionResult) -> [String] { result.candidates.map(\.label) }

  /// The row labels offered (not their whole-row snippets or headers).
  private func rows(_ result: CompletionResult) -> [String] {
    result.candidates.filter { $0.kind == .rowLabel }.map(\.label)
  }

  // MARK: Table 三

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func typedPrefixOffersTheMissingRow(form: ReportBuilder.Form) {
    let marked = reportTyping("1️⃣危及2️⃣", form: form)
    let result = Features.completions(analyze(marked.text), at: marked["2️⃣"], language: .zh)
    #expect(result.replaceRange == marked.range("1️⃣", "2️⃣"))
    #expect(rows(result) == ["3.危及“三安全一稳定”"])
    let candidate = result.candidates[0]
    #expect(candidate.kind == .rowLabel)
    #expect(candidate.insertText == "3.危及“三安全一稳定”")
    #expect(!candidate.isSnippet)
    #expect(candidate.detail.hasPrefix("（三）不予公开 · 公开后可能危及"))
    #expect(candidate.documentation?.contains("依据：《条例》第十四条") == true)
  }

  @Test func emptyLineOffersTheRowThatBelongsThereFirst() {
    // The line is where 3. was (after 2.其他法律行政法规禁止公开): 3. comes first, then 4., 5., … in format order.
    let marked = reportTyping("1️⃣")
    let result = Features.completions(analyze(marked.text), at: marked["1️⃣"], language: .zh)
    #expect(result.replaceRange == TextRange(emptyAt: marked["1️⃣"]))
    #expect(Array(rows(result).prefix(3)) == ["3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息"])
    #expect(rows(result).contains("一、本年新收政府信息公开申请数量"))
    #expect(rows(result).contains("（三）不予公开"))
    #expect(result.candidates[1].label == "3.危及“三安全一稳定”（整行）")
    #expect(result.candidates.map(\.sortKey) == result.candidates.map(\.sortKey).sorted())
    // Column headers come last.
    #expect(result.candidates.last?.kind == .columnHeader)
  }

  @Test(arguments: [
    ("部分", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), ("本年新收", "一、本年新收政府信息公开申请数量"),
    ("（二）部分", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), ("一、本年", "一、本年新收政府信息公开申请数量"),
  ])
  func anyPartOfAPresentRowsLabelFindsIt(typed: String, expected: String) {
    let marked = reportTyping("1️⃣\(typed)2️⃣")
    let result = Features.completions(analyze(marked.text), at: marked["2️⃣"], language: .zh)
    #expect(rows(result).first == expected)
  }

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func wholeRowSnippetHasACellPerColumnInTheReportsForm(form: ReportBuilder.Form) throws {
    let marked = reportTyping("1️⃣危及2️⃣", form: form)
    let result = Features.completions(analyze(marked.text), at: marked["2️⃣"], language: .zh)
    let row = try #require(result.candidates.first { $0.kind == .wholeRow })
    #expect(row.isSnippet)
    let cells = (1...7).map { "${\($0):0}" }
    switch form {
    case .cellPerLine:
      // The line already starts with a TAB: the snippet does not repeat it.
      #expect(row.insertText == (["3.危及“三安全一稳定”"] + cells).joined(separator: "\n\t"))
      #expect(row.plainInsertText == (["3.危及“三安全一稳定”"] + Array(repeating: "0", count: 7)).joined(separator: "\n\t"))
    case .tabSeparated:
      #expect(row.insertText == (["3.危及“三安全一稳定”"] + cells).joined(separator: "\t"))
    case .spaceSeparated:
      Issue.record("the test takes the cell-per-line and TAB-separated forms only")
    }
  }

  @Test func completionIsExactOnALineWithCJKAnAstralCharacterAndCRLF() throws {
    let builder = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.omittedRows = ["withheld.security"]
      $0.extraRows["withheld.security"] = ("𠀀 1️⃣三安全2️⃣", [])
    }
    let marked = MarkedText(builder.build())
    let analysis = analyze(marked.text)
    let result = Features.completions(analysis, at: marked["2️⃣"], language: .zh)
    #expect(result.replaceRange == marked.range("1️⃣", "2️⃣"))
    #expect(rows(result) == ["3.危及“三安全一稳定”"])
    // In UTF-16 the range starts after 𠀀 (two units) and the space.
    let start = analysis.text.lineColumn(of: result.replaceRange.start, in: .utf16)
    #expect(start.column == 1 + 2 + 1)
  }

  // MARK: Table 四

  @Test func table4OffersItsHeaders() {
    var text = ReportBuilder().build()
    text.replaceSubrange(text.range(of: "\t尚未审结\n")!, with: "\t1️⃣\n")
    let marked = MarkedText(text)
    let result = Features.completions(analyze(marked.text), at: marked["1️⃣"], language: .zh)
    #expect(result.candidates.first?.label == "尚未审结")
    #expect(Set(labels(result)).isSuperset(of: ["行政复议", "行政诉讼", "结果维持", "其他结果", "总计"]))
  }

  // MARK: Headings

  @Test(arguments: [("五、", "五、存在的主要问题及改进情况"), ("五、存", "五、存在的主要问题及改进情况"), ("三、收", "三、收到和处理政府信息公开申请情况")])
  func headingLineOffersTheTitleOfItsNumberFirst(typed: String, expected: String) {
    let text = ReportBuilder().build().replacingOccurrences(of: "六、其他需要报告的事项", with: "1️⃣\(typed)2️⃣\n六、其他需要报告的事项")
    let marked = MarkedText(text)
    let result = Features.completions(analyze(marked.text), at: marked["2️⃣"], language: .zh)
    #expect(result.candidates.first?.label == expected)
    #expect(result.candidates.first?.kind == .sectionHeading)
    if typed == "五、" { #expect(result.candidates.count == 6) }
  }

  @Test(arguments: ["3.危", "３．危及", "“三安全", "安全一稳定"])
  func prefixIsMatchedAfterNormalisation(prefix: String) {
    let marked = reportTyping("1️⃣\(prefix)2️⃣")
    let result = Features.completions(analyze(marked.text), at: marked["2️⃣"], language: .zh)
    #expect(result.replaceRange == marked.range("1️⃣", "2️⃣"))
    #expect(rows(result) == ["3.危及“三安全一稳定”"])
  }

  @Test func aHalfTypedLabelWithoutValuesStillGetsItsRowOffered() {
    let marked = reportTyping("1️⃣3.危及“三安全一稳2️⃣")
    let analysis = analyze(marked.text)
    // A label with no values yet is not read as a row (text without numbers after a row is not one).
    #expect(analysis.report.table3?.row("withheld.security") == nil)
    let result = Features.completions(analysis, at: marked["2️⃣"], language: .zh)
    #expect(rows(result) == ["3.危及“三安全一稳定”"])
  }

  @Test func astralCharacterBeforeASpaceIsNotPartOfThePrefix() {
    let marked = reportTyping("𠀀 1️⃣重复2️⃣")
    let result = Features.completions(analyze(marked.text), at: marked["2️⃣"], language: .zh)
    #expect(result.replaceRange == marked.range("1️⃣", "2️⃣"))
    #expect(rows(result) == ["2.重复申请"])
  }

  @Test func prefixWithAnAstralCharacterMatchesNothing() {
    let marked = reportTyping("1️⃣𠀀危及2️⃣")
    let result = Features.completions(analyze(marked.text), at: marked["2️⃣"], language: .zh)
    #expect(result.replaceRange == marked.range("1️⃣", "2️⃣"))
    #expect(result.replaceRange.length == 4 + 6)
    #expect(result.candidates.isEmpty)
  }

  // MARK: Table 二

  @Test func table2OffersTheLabelThatBelongsHereFirst() throws {
    let text = ReportBuilder().build().replacingOccurrences(of: "\t行政强制\n\t0\n\n", with: "\t1️⃣\n\n")
    let marked = MarkedText(text)
    let result = Features.completions(analyze(marked.text), at: marked["1️⃣"], language: .zh)
    #expect(result.candidates.first?.label == "行政强制")
    #expect(result.candidates.first?.kind == .rowLabel)
    #expect(result.candidates.first?.detail.hasPrefix("第二十条第（六）项 · ") == true)
    #expect(
      labels(result).dropFirst() == [
        "第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费", "第二十条第（一）项", "信息内容",
        "本年制发件数", "本年废止件数", "现行有效件数", "规章", "行政规范性文件", "第二十条第（五）项", "本年处理决定数量",
        "行政许可", "第二十条第（六）项", "行政处罚",
      ]
    )
    let kinds = Set(result.candidates.map(\.kind))
    #expect(kinds == [.rowLabel, .clauseHeader, .columnHeader])
  }

  @Test func table2FiltersByThePrefix() {
    let text = ReportBuilder().build().replacingOccurrences(of: "\t行政强制\n\t0\n\n", with: "\t1️⃣第二十条2️⃣\n\n")
    let marked = MarkedText(text)
    let result = Features.completions(analyze(marked.text), at: marked["2️⃣"], language: .zh)
    #expect(result.replaceRange == marked.range("1️⃣", "2️⃣"))
    // The line is where 行政强制 was, in the sub-table of （六）项: the next clause header, （八）, comes first.
    #expect(labels(result) == ["第二十条第（八）项", "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项"])
  }

  // MARK: Sections

  @Test func missingSectionHeadingsOutsideTables() {
    let text = ReportBuilder().with { $0.omittedSections = [5] }.build()
      .replacingOccurrences(of: "一、总体情况\n", with: "一、总体情况\n1️⃣\n")
    let marked = MarkedText(text)
    let result = Features.completions(analyze(marked.text), at: marked["1️⃣"], language: .zh)
    #expect(labels(result) == ["五、存在的主要问题及改进情况"])
    let candidate = result.candidates[0]
    #expect(candidate.kind == .sectionHeading)
    #expect(candidate.detail == "第五部分")
    #expect(candidate.documentation?.contains("（四）政府信息公开工作存在的主要问题及改进情况") == true)
  }

  @Test(arguments: [("五", ["五、存在的主要问题及改进情况"]), ("六", []), ("问题", ["五、存在的主要问题及改进情况"])])
  func sectionHeadingsAreFilteredByThePrefix(prefix: String, expected: [String]) {
    let text = ReportBuilder().with { $0.omittedSections = [5] }.build()
      .replacingOccurrences(of: "六、其他需要报告的事项", with: "1️⃣\(prefix)2️⃣\n六、其他需要报告的事项")
    let marked = MarkedText(text)
    let result = Features.completions(analyze(marked.text), at: marked["2️⃣"], language: .en)
    #expect(result.replaceRange == marked.range("1️⃣", "2️⃣"))
    #expect(labels(result) == expected)
    #expect(result.candidates.allSatisfy { $0.detail == "Section 5" })
  }

  @Test func noSectionIsOfferedWhenAllArePresent() {
    let marked = MarkedText(ReportBuilder().build().replacingOccurrences(of: "一、总体情况\n", with: "一、总体情况\n1️⃣\n"))
    #expect(Features.completions(analyze(marked.text), at: marked["1️⃣"], language: .zh).candidates.isEmpty)
  }

  // MARK: Empty tables

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated], ["\n", "\r\n"])
  func sectionWithoutItsTableOffersTheEmptyTable(form: ReportBuilder.Form, lineEnding: String) throws {
    // Section 三 with an empty line where its table was.
    let builder = ReportBuilder(form: form).with {
      $0.lineEnding = lineEnding
      $0.omittedTables = [.table3]
      $0.prose[3] = ""
    }
    let heading = "三、收到和处理政府信息公开申请情况" + lineEnding
    let marked = MarkedText(builder.build().replacingOccurrences(of: heading, with: heading + "1️⃣"))
    let analysis = analyze(marked.text)
    let result = Features.completions(analysis, at: marked["1️⃣"], language: .zh)
    let candidate = try #require(result.candidates.first)
    #expect(candidate.kind == .table)
    #expect(candidate.label == "表三 收到和处理政府信息公开申请情况（空表）")
    #expect(candidate.detail == "2021年格式 · 175 个单元格")
    #expect(candidate.isSnippet)
    #expect(candidate.insertText.contains("${1:0}") && candidate.insertText.contains("${175:0}"))
    #expect(!candidate.insertText.contains("${176:0}"))
    #expect(!candidate.plainInsertText.contains("$"))
    switch form {
    case .cellPerLine:
      #expect(candidate.plainInsertText.contains("\t一、本年新收政府信息公开申请数量\(lineEnding)\t0\(lineEnding)\t0"))
    case .tabSeparated:
      #expect(candidate.plainInsertText.contains("一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\(lineEnding)"))
    case .spaceSeparated:
      Issue.record("the test takes the cell-per-line and TAB-separated forms only")
    }
    // Inserted, the plain table reads back as table 三 with every row.
    let (inserted, _) = analysis.text.applyingSimultaneously([
      TextEdit(range: result.replaceRange, newText: candidate.plainInsertText)
    ])
    let reread = Analyzer.analyze(inserted)
    #expect(reread.report.table3?.rows.map(\.key) == analysis.report.effectiveFormat.table3.rows.map(\.key))
    #expect(!reread.diagnostics.contains { $0.code == "GJ301" || $0.code == "GJ302" })
  }

  @Test func table4SnippetHasFifteenCells() throws {
    let builder = ReportBuilder().with {
      $0.omittedTables = [.table4]
      $0.prose[4] = ""
    }
    let heading = "四、政府信息公开行政复议、行政诉讼情况\n"
    let marked = MarkedText(builder.build().replacingOccurrences(of: heading, with: heading + "1️⃣"))
    let result = Features.completions(analyze(marked.text), at: marked["1️⃣"], language: .en)
    let candidate = try #require(result.candidates.first)
    #expect(candidate.label == "表四 政府信息公开行政复议、行政诉讼情况 (empty table)")
    #expect(candidate.detail == "2021 format · 15 cells")
    #expect(candidate.insertText.contains("${15:0}") && !candidate.insertText.contains("${16:0}"))
  }
}
