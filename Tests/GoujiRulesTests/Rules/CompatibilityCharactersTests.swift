import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct CompatibilityCharactersTests {
  /// A line's edits are kept in storage of their number, not in an array grown by appending (up to twice their
  /// number): a text of look-alikes made GJ501's edits 60 % larger than they are.
  @Test func eachLineKeepsItsEditsWithoutRoomToGrow() {
    let text = SourceText(String(repeating: String(repeating: "⼀", count: 80) + "\r\n𠀀⼯\n", count: 3))
    let context = RuleContext(report: ReportReader.read(text))
    let lines = CompatibilityCharacters.partial(context, in: TextRange(start: 0, end: text.bytes.count))
    #expect(lines.map(\.count) == [80, 1, 80, 1, 80, 1])
    #expect(lines.allSatisfy { $0.capacity < $0.count + 8 })
  }

  /// JSON and SARIF read the fix's edits as the rule keeps them, by line (never joined into one array of millions):
  /// the same edits, in the same order, as the fix.
  @Test func theFixIsReadInTheLinesItsEditsAreKeptIn() throws {
    let text = SourceText(String(repeating: String(repeating: "⼀", count: 80) + "\r\n𠀀⼯\n", count: 3))
    let diagnostic = try #require(Analyzer.analyze(text).diagnostics.first { $0.code == "GJ501" })
    let fix = try #require(diagnostic.piecewiseFixes.first)
    #expect(diagnostic.piecewiseFixes.count == 1 && fix.isSafe)
    #expect(fix.pieces.map(\.count) == [80, 1, 80, 1, 80, 1])
    #expect(Array(fix.edits) == diagnostic.fixes.first?.edits)
    #expect(fix.title == diagnostic.fixes.first?.title)
  }

  @Test func compatibilityCharactersAreReportedOncePerDocument() throws {
    let text = ReportBuilder().with {
      $0.title = "周1️⃣⼝⏹市科技局\n2021年政府信息公开⼯作年度报告"
      $0.prose[5] = "⼀是⼯作⼈员⼒量不⾜。"
    }.build()
    check(
      text, rule: "GJ501",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "全文有7个兼容字符，分布在3行（⼝→口、⼯→工、⼀→一、⼈→人…）", severity: .warning, fixIsSafe: true
        )
      ])
    // The other lines are related locations, with their line numbers and counts.
    let diagnostic = try #require(
      Analyzer.analyze(SourceText(MarkedText(text).text)).diagnostics.first { $0.code == "GJ501" })
    #expect(diagnostic.related.map(\.message.zh).map { $0.hasSuffix("行1个") || $0.hasSuffix("行5个") } == [true, true])
  }

  @Test func radicalsSupplementCompatibilityIdeographsAndFullWidthDigitsAreReported() {
    let text = ReportBuilder().with {
      $0.prose[5] = "1️⃣⻔⼾⽹站⻓期⺠⏹生。\n\u{F900}有此理。\n全年２０２１条。"
    }.build()
    check(
      text, rule: "GJ501",
      expected: [
        DiagnosticSpec("1️⃣", message: "全文有10个兼容字符，分布在3行（⻔→门、⼾→户、⽹→网、⻓→长…）")
      ])
    let oneLine = ReportBuilder().with { $0.prose[5] = "全年1️⃣２０２１⏹条。" }.build()
    check(oneLine, rule: "GJ501", expected: [DiagnosticSpec("1️⃣", message: "有4个兼容字符（２→2、０→0、１→1）")])
  }

  @Test func oneFixReplacesEverything() throws {
    let text = ReportBuilder().with {
      $0.title = "周⼝市科技局\n2021年政府信息公开⼯作年度报告"
      $0.prose[5] = "⼀是⼯作⼈员⼒量不⾜。"
    }.build()
    let fixed = checkFixes(text, rule: "GJ501", safe: true)
    let clean = ReportBuilder().with {
      $0.title = "周口市科技局\n2021年政府信息公开工作年度报告"
      $0.prose[5] = "一是工作人员力量不足。"
    }.build()
    #expect(fixed == [clean])
    #expect(Analyzer.applyingSafeFixes(SourceText(text)).text.string == clean)
  }

  @Test func example003CopiedFromPDFGetsOneFinding() {
    let name = Fixtures.exampleNames.first { $0.hasPrefix("003") }!
    let findings = Analyzer.analyze(SourceText(Fixtures.example(name))).diagnostics.filter { $0.code == "GJ501" }
    #expect(findings.count == 1)
    #expect(findings.first?.related.count == CompatibilityCharacters.relatedLimit)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[5] = "𠀀𠀀1️⃣⼯作𠀀⼈⏹员\n𠀀"
    }.build()
    check(text, rule: "GJ501", expected: [DiagnosticSpec("1️⃣", message: "有2个兼容字符（⼯→工、⼈→人）")])
    let fixed = try #require(checkFixes(text, rule: "GJ501", safe: true).first)
    #expect(fixed.contains("\r\n𠀀𠀀工作𠀀人员\r\n𠀀\r\n"))
  }

  /// The fix's edits are kept by line where the rule found them, not joined (50 MB of radicals are 16.7 million): an
  /// edit on a line past the related ones, where only the fix has ranges, still reaches the finding.
  @Test func anEditWhereOnlyTheFixReachesUpdatesIt() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[5] = (1...8).map { "第\($0)行⼀是𠀀⼯作" }.joined(separator: "\n")
    }.build()
    let before = Analyzer.analyze(SourceText(text))
    let fix = try #require(before.diagnostics.first { $0.code == "GJ501" }?.fixes.first)
    #expect(fix.edits.count == 16)
    #expect(fix.edits.map(\.range.start) == fix.edits.map(\.range.start).sorted())
    let prefix = try #require(text.range(of: "第8行⼀是𠀀"))
    let start = text.utf8.distance(from: text.startIndex, to: prefix.upperBound)
    let edit = TextEdit(range: TextRange(start: start, end: start + 3), newText: "工")
    let after = Analyzer.reanalyze(before, applying: [edit])
    #expect(after.diagnostics == Analyzer.analyze(after.text).diagnostics)
    let compatibility = try #require(after.diagnostics.first { $0.code == "GJ501" })
    #expect(compatibility.fixes.first?.edits.count == 15)
    #expect(compatibility.message.zh.hasPrefix("全文有15个兼容字符，分布在8行"))
  }

  // MARK: Near misses

  @Test func fullWidthPunctuationSpacesAndRareIdeographsAreNotCompatibilityCharacters() {
    let text = ReportBuilder().with {
      $0.prose[5] = "（一）存在的问题：公开不够及时；\u{3000}\u{00A0}解读“不够”全面！ＡＢＣ𠀀𠀁。"
    }.build()
    checkClean(text, rule: "GJ501")
  }

  @Test func examplesWithoutCompatibilityCharactersAreClean() {
    for name in Fixtures.exampleNames where !name.hasPrefix("003") {
      checkClean(Fixtures.example(name), rule: "GJ501")
    }
  }
}
