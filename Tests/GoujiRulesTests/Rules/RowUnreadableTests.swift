import GoujiAnalysis
import GoujiFormats
import GoujiRules
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct RowUnreadableTests {
  /// The clean report in PDF text with one row of table 三 written as `run`.
  static func gluing(_ key: String, _ run: String) -> String {
    ReportBuilder(form: .spaceSeparated).withoutFigures().build(gluing: key, of: .table3, as: run)
  }

  @Test func digitsThatFitNoSplitAreReportedOnceAtTheRow() {
    let text = Self.gluing("new", "1️⃣12345678901234567890⏹")
    check(
      text, rule: "GJ308",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "“一、本年新收政府信息公开申请数量”行的数字连在一起，无法拆分为各个单元格：本行无法可靠读取，请核对原文",
          severity: .warning
        )
      ])
  }

  /// Numbers written apart in PDF text, fewer than the columns and fitting no split (`265 34 0 18` for 7 columns):
  /// glued digits or empty cells that left no trace, nothing tells which, so GJ308 names both and quotes the numbers
  /// (in both languages); positions exact with 𠀀 and CRLF. A number no count is written as (`02`, eight digits) is
  /// glued digits, and the message says so.
  @Test func numbersWrittenApartAreNotSaidToRunTogether() throws {
    let text = Self.gluing("new", "1️⃣265 34 0 18⏹").replacingFirst("某市", with: "𠀀市")
      .replacingOccurrences(of: "\n", with: "\r\n")
    check(
      text, rule: "GJ308",
      expected: [
        DiagnosticSpec(
          "1️⃣",
          message: "“一、本年新收政府信息公开申请数量”行的数字“265 34 0 18”无法确定地分到各个单元格：可能有数字连在一起，"
            + "也可能有空白单元格在这种文本中没有留下痕迹，本行无法可靠读取，请核对原文",
          severity: .warning
        )
      ])
    let english = Analyzer.analyze(SourceText(MarkedText(text).text)).diagnostics.first { $0.code == "GJ308" }
    #expect(english?.message.en.contains("numbers “265 34 0 18” cannot be placed in its cells with certainty") == true)
    let glued = Analyzer.analyze(SourceText(MarkedText(Self.gluing("new", "265 34 02 18")).text)).diagnostics
    let long = Analyzer.analyze(SourceText(MarkedText(Self.gluing("new", "26534018 1 2")).text)).diagnostics
    let longMessages = long.filter { $0.code == "GJ308" }.map(\.message.zh)
    #expect(!longMessages.isEmpty && longMessages.allSatisfy { $0.contains("数字连在一起") }, "\(longMessages)")
    let gluedMessages = glued.filter { $0.code == "GJ308" }.map(\.message.zh)
    #expect(!gluedMessages.isEmpty && gluedMessages.allSatisfy { $0.contains("数字连在一起") }, "\(gluedMessages)")
  }

  /// A row whose numbers stand one a line (Word's PDF in reading order, `307` / `0` / `0` / `37`, CRLF) is quoted on
  /// one line, the numbers a space apart: a message never carries the text's line breaks.
  @Test func numbersOnSeveralLinesAreQuotedOnOneLine() throws {
    let text = Fixtures.fixture("GoujiSyntaxTests", "corpus/inv-2023-spaces.word-pdf-raw.txt")
      .replacingOccurrences(of: "\n", with: "\r\n")
    let analysis = Analyzer.analyze(SourceText(text))
    let messages = analysis.diagnostics.filter { $0.code == "GJ308" }.flatMap {
      [$0.message] + $0.related.map(\.message)
    }
    let row = try #require(messages.first { $0.zh.hasPrefix("“（四）无法提供 3.补正后申请内容仍不明确”行的数字") })
    #expect(row.zh.contains("“307 0 0 37”") && row.en.contains("“307 0 0 37”"))
    #expect(!messages.contains { $0.zh.contains("\n") || $0.en.contains("\n") })
  }

  @Test func anUnreadableRowGivesNoErrorAnywhere() {
    // The row is one of R3-1's and R3-2's; nothing may be concluded from it, and it is not "missing" either.
    let text = SourceText(MarkedText(Self.gluing("new", "12345678901234567890")).text)
    let diagnostics = Analyzer.analyze(text).diagnostics
    #expect(diagnostics.filter { $0.severity == .error }.map(\.code) == [])
    #expect(diagnostics.filter { $0.code == "GJ308" }.count == 1)
  }

  @Test func aRowOfSeveralBalancedSplitsGivesOneWarningAndNoError() {
    // 2·1·0·0·0·0·3 glued with a wrong carried-over row: splits of "1210000013" balance R3-2 several ways, and
    // whichever is chosen R3-1 cannot hold; the rows are not read, so nothing is an error.
    let text = SourceText(MarkedText(Self.gluing("new", "1210000013")).text)
    let diagnostics = Analyzer.analyze(text).diagnostics
    #expect(diagnostics.filter { $0.severity == .error }.map(\.code) == [])
    #expect(diagnostics.filter { ["GJ307", "GJ308"].contains($0.code) }.count == 1)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = Self.gluing("carryOver", "1️⃣98765432109876543210⏹").replacingOccurrences(of: "\n", with: "\r\n")
      .replacingFirst("某市", with: "𠀀市")
    check(text, rule: "GJ308", expected: [DiagnosticSpec("1️⃣")])
  }

  // MARK: Near misses

  @Test func gluedDigitsTheRulesSplitOneWayAreRead() {
    // 2·1·0·0·0·0·3 written as "21 0000 3": only 2·1 balances the total 3.
    checkClean(Self.gluing("new", "21 0000 3"), rule: "GJ308")
    checkClean(Self.gluing("new", "21 0000 3"), rule: "GJ307")
  }
}

extension RowUnreadableTests {
  @Test func anInferredValueOfTable2GivesNoError() {
    // 767676 is read as 76·76·76 for now (inferred); the row gets GJ307 and nothing else.
    let builder = ReportBuilder(form: .spaceSeparated).withoutFigures()
    let label = builder.spec.table2.flatMap(\.rows).first { $0.key == "normativeDocuments" }!.label
    let written = label + " " + builder.row(.table2, "normativeDocuments").joined(separator: " ")
    let text = SourceText(MarkedText(builder.build().replacingFirst(written, with: label + "767676")).text)
    let diagnostics = Analyzer.analyze(text).diagnostics
    #expect(diagnostics.filter { $0.severity == .error }.map(\.code) == [])
    #expect(diagnostics.map(\.code) == ["GJ307"])
  }
}

extension RowUnreadableTests {
  /// Example 004 flattened: every row of table 三 lost its empty cells. One GJ308 for the table, at its first row,
  /// each row a related location with the exact range of its values and the counts read.
  @Test func rowsThatLostTheirEmptyCellsGiveOneWarningPerTable() throws {
    let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("corpus")
    let text = SourceText(Fixtures.text(folder.appendingPathComponent("004_b1d7aab7bdee8be9.flat-glued.txt")))
    let analysis = Analyzer.analyze(text)
    let rows = analysis.report.problems.filter {
      if case .cellCount(.table3, _, _, _, _) = $0.kind { return true }
      return false
    }
    #expect(rows.count > 1)
    let findings = analysis.diagnostics.filter { $0.code == "GJ308" }
    let table3 = try #require(findings.first { $0.message.zh.hasPrefix("表三有\(rows.count)行") })
    #expect(findings.count == 2, "table 三's rows and table 四's run: \(findings.map(\.message.zh))")
    #expect(table3.range == rows.first?.range)
    #expect(table3.related.map(\.range) == rows.map(\.range))
    #expect(table3.related.first?.message.zh == "“一、本年新收政府信息公开申请数量”行读到1个数值，格式有7列")
    #expect(table3.message.en.hasPrefix("Table 3 has \(rows.count) rows"))
  }
}

extension RowUnreadableTests {
  /// Two rows of table 三 whose digits fit no split: one GJ308 for the table at the first, both rows related
  /// locations with their own message; positions exact with 𠀀 and CRLF.
  @Test func unsplittableRowsGiveOneWarningPerTable() throws {
    let builder = ReportBuilder(form: .spaceSeparated).withoutFigures()
    let carryOver = builder.spec.table3.rows.first { $0.key == "carryOver" }!.label
    let written = carryOver + " " + builder.row(.table3, "carryOver").joined(separator: " ")
    let text = builder.build(gluing: "new", of: .table3, as: "12345678901234567890")
      .replacingFirst(written, with: carryOver + "98765432109876543210")
      .replacingFirst("某市", with: "𠀀市").replacingOccurrences(of: "\n", with: "\r\n")
    let analysis = Analyzer.analyze(SourceText(MarkedText(text).text))
    let rows = analysis.report.problems.filter {
      if case .rowUnreadable(.table3, _, _) = $0.kind { return true }
      return false
    }
    #expect(rows.count == 2)
    let findings = analysis.diagnostics.filter { $0.code == "GJ308" }
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.message.zh.hasPrefix("表三有2行的数字连在一起"))
    #expect(finding.range == rows.first?.range)
    #expect(finding.related.map(\.range) == rows.map(\.range))
    #expect(finding.related.last?.message.zh == "“四、结转下年度继续办理”行的数字连在一起，无法拆分为各个单元格：本行无法可靠读取，请核对原文")
    #expect(analysis.diagnostics.filter { $0.severity == .error }.isEmpty)
  }

  /// A grid row whose label a `<br>` broke over two lines, with values on both (w3m, CRLF, `𠀀` in the prose): GJ308
  /// says what happened — the label over several lines, values on two of them — not that digits run together, and
  /// points at the row's values, from the first line's first to the second line's last.
  @Test func aGridRowWithValuesOnSeveralLinesSaysSo() throws {
    let text = Fixtures.fixture("GoujiSyntaxTests", "reader/grid-broken-labels-uncertain.txt")
    #expect(text.contains("\r\n") && text.contains("𠀀"))
    let analysis = Analyzer.analyze(SourceText(text))
    let findings = analysis.diagnostics.filter { $0.code == "GJ308" }
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(
      finding.message.zh
        == "“一、本年新收政府信息公开申请数量”行的标签在表格的一格里分成几行书写，数值写在其中2行上：无法确定哪些数值属于本行，本行未读取，请核对原文")
    #expect(
      finding.message.en
        == "The label of the row “一、本年新收政府信息公开申请数量” is written over several lines of its grid cell, and "
        + "values stand on 2 of those lines: which values are the row's cannot be known, so the row is not read; "
        + "check it against the original")
    let cells = analysis.text[finding.range]
    #expect(cells.hasPrefix("1223") && cells.hasSuffix("1") && cells.contains("3077│\r\n"))
    #expect(analysis.diagnostics.filter { $0.severity == .error }.isEmpty)
  }

  /// w3m's grid wraps values too wide for their cells (`│１６１ │` over `│５     │`, CRLF, `𠀀` in the prose): GJ308 says
  /// that values are wrapped, naming each one's pieces as written, not that the label is broken or digits run
  /// together; it points at the pieces, each value a related location, and nothing is an error.
  @Test func aValueWrappedInItsGridCellIsNamedByItsPieces() throws {
    let text = Fixtures.fixture("GoujiSyntaxTests", "reader/grid-wrapped-values-w3m.txt")
    #expect(text.contains("\r\n") && text.contains("𠀀"))
    let analysis = Analyzer.analyze(SourceText(text))
    let findings = analysis.diagnostics.filter { $0.code == "GJ308" }
    #expect(findings.count == 2)
    let finding = try #require(findings.first { $0.message.zh.hasPrefix("“一、") })
    #expect(
      finding.message.zh
        == "“一、本年新收政府信息公开申请数量”行有3个数值在表格的单元格里折成几行书写（“１６１”/“５”、“２６”/“３”、"
        + "“３４２”/“２”）：只读其中一行会得到错误的数值，而折开的几段也可能是同一格里的几个数值，无法确定，本行未读取，请核对原文")
    #expect(
      finding.message.en
        == "The row “一、本年新收政府信息公开申请数量” has 3 values wrapped over several lines inside its grid cells "
        + "(“１６１”/“５”, “２６”/“３”, “３４２”/“２”): one line alone would give wrong values, and the pieces could as "
        + "well be several values of one cell, so the row is not read; check it against the original")
    let pieces = analysis.text[finding.range]
    #expect(pieces.hasPrefix("１６１") && pieces.hasSuffix("２") && pieces.contains("３４２ │\r\n"))
    let related = finding.related.map { analysis.text[$0.range] }
    #expect(related.count == 3)
    for (written, (top, bottom)) in zip(related, [("１６１", "５"), ("２６", "３"), ("３４２", "２")]) {
      #expect(written.hasPrefix(top) && written.hasSuffix(bottom) && written.contains("\r\n"))
    }
    #expect(finding.related.first?.message.zh == "折行书写的数值：“１６１”/“５”")
    #expect(analysis.diagnostics.filter { $0.severity == .error }.isEmpty)
  }
}
