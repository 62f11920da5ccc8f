import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// After an edit the reader re-reads in one section, the rules run again only where what they read changed
/// (``RuleScope``), and every other finding moves with the edit: exactly where a fresh analysis puts it.
@Suite struct IncrementalRulesTests {
  /// Example 002 with CRLF line ends and, in section 一, a line holding an astral character, a conversion leftover
  /// (GJ503) and a Kangxi radical (GJ501); section 五 has a leftover of its own (`[bookmark: _GoBack]`).
  static let text: SourceText = {
    var lines = Fixtures.example("002_cf9a8ca2a320709f.txt").components(separatedBy: "\n")
    lines.insert("𠀀本局[image: a1]⼀是公开", at: 8)
    return SourceText(lines.joined(separator: "\r\n"))
  }()

  /// The edit: a digit appended to table 三's first written cell (one byte longer, no new line).
  static func cellEdit(_ analysis: Analysis) -> TextEdit {
    let cell = analysis.report.table3!.rows.flatMap(\.cells).first { $0.state == .written }!
    return TextEdit(range: cell.range, newText: analysis.text[cell.range] + "0")
  }

  /// The engine asks whether a rule is regional only when its scope says so (the dynamic cast cost more than some
  /// rules), so the two must agree for every rule.
  @Test func aRuleIsRegionalExactlyWhenItsScopeIsRegions() {
    for rule in RuleRegistry.all {
      #expect((rule is any RegionalRule.Type) == (rule.metadata.scope == .regions), "\(rule.metadata.code)")
    }
  }

  /// How many of the plan's blocks of lines overlap section `number` of `report` (heading to end of body).
  static func blocks(_ plan: RuleResults, inSection number: Int, of report: Report) -> Int {
    guard let section = report.section(number) else { return 0 }
    let region = TextRange(start: section.heading.range.start, end: section.bodyRange.end)
    return plan.blocks.filter { $0.start < region.end && region.start < $0.end }.count
  }

  @Test func anEditInTable3RerunsOnlyWhatReadsTable3() throws {
    let before = Analyzer.analyze(Self.text)
    let after = Analyzer.reanalyze(before, applying: [Self.cellEdit(before)])
    let plan = after.ruleResults
    let section3 = Self.blocks(plan, inSection: 3, of: after.report)
    #expect(section3 > 0 && section3 < plan.blocks.count)
    for rule in RuleRegistry.all {
      let code = rule.metadata.code
      switch rule.metadata.scope {
      case .tables(let tables): #expect(plan.ran.contains(code) == tables.contains(.table3), "\(code)")
      case .regions: #expect(plan.regionsRead[code] == section3, "\(code) read \(plan.regionsRead[code] ?? 0) blocks")
      case .report: #expect(plan.ran.contains(code), "\(code)")
      }
    }
    #expect(!plan.ran.contains(StockMismatch.metadata.code))
    let fresh = Analyzer.analyze(after.text)
    #expect(after.report == fresh.report)
    #expect(after.diagnostics == fresh.diagnostics)
  }

  @Test func findingsElsewhereMoveWithTheEdit() throws {
    let before = Analyzer.analyze(Self.text)
    let edit = Self.cellEdit(before)
    let after = Analyzer.reanalyze(before, applying: [edit])
    let moved = { (code: String) in
      (before.diagnostics.filter { $0.code == code }, after.diagnostics.filter { $0.code == code })
    }
    // Before the edit (section 一): where they were, fixes included.
    let (oldCompatibility, newCompatibility) = moved("GJ501")
    #expect(oldCompatibility.count == 1)
    #expect(newCompatibility == oldCompatibility)
    let (oldLeftovers, newLeftovers) = moved("GJ503")
    let first = try #require(oldLeftovers.first)
    let last = try #require(oldLeftovers.last)
    #expect(first.range.end < edit.range.start && last.range.start > edit.range.end)
    #expect(newLeftovers.first == first)
    // After it (section 五): one byte later, on the same line and column in every unit.
    let lastMoved = try #require(newLeftovers.last)
    #expect(lastMoved.range == TextRange(start: last.range.start + 1, end: last.range.end + 1))
    let oldFixRanges: [TextRange] = last.fixes.flatMap(\.edits).map(\.range)
    let newFixRanges: [TextRange] = lastMoved.fixes.flatMap(\.edits).map(\.range)
    #expect(newFixRanges == oldFixRanges.map { TextRange(start: $0.start + 1, end: $0.end + 1) })
    for unit in [PositionUnit.utf8, .utf16, .utf32] {
      let movedPosition = after.text.lineColumnRange(of: lastMoved.range, in: unit)
      #expect(movedPosition == before.text.lineColumnRange(of: last.range, in: unit))
    }
    #expect(after.diagnostics == Analyzer.analyze(after.text).diagnostics)
  }

  @Test func typingInTheNarrativeLeavesTheTableRulesAlone() throws {
    let before = Analyzer.analyze(Self.text)
    let offset = try #require(before.text.string.utf8.firstRange(of: "本局".utf8)).lowerBound
    let utf8Offset = before.text.string.utf8.distance(from: before.text.string.utf8.startIndex, to: offset)
    let after = Analyzer.reanalyze(before, applying: [TextEdit(range: TextRange(emptyAt: utf8Offset), newText: "𠀀的")])
    let plan = after.ruleResults
    let tableRules = RuleRegistry.all.filter { if case .tables = $0.metadata.scope { true } else { false } }
    #expect(!tableRules.isEmpty)
    #expect(tableRules.allSatisfy { !plan.ran.contains($0.metadata.code) })
    #expect(plan.regionsRead["GJ503"] == 1)
    #expect(after.diagnostics == Analyzer.analyze(after.text).diagnostics)
  }

  /// A lookup with no last year's report.
  struct NoLastYear: PreviousReportLookup {
    func previousReport(for report: Report, of document: DocumentID) -> PreviousReport? { nil }
    func documentWasRead(_ document: DocumentID, as report: Report) {}
  }

  /// The editor's path: the host keeps the latest analysis across changes (two, in UTF-16, before the next
  /// analysis) and re-runs only the rules whose input changed.
  @Test func theHostReusesItsLatestAnalysisAcrossChanges() throws {
    let host = AnalysisHost()
    host.open("a", version: 1, text: Self.text)
    let before = try #require(try host.analysis(of: "a", lookup: NoLastYear()))
    let edit = Self.cellEdit(before)
    let first = DocumentChange(range: before.text.lineColumnRange(of: edit.range, in: .utf16), newText: edit.newText)
    host.change("a", to: 2, applying: [first], in: .utf16)
    let text = try #require(host["a"]?.text)
    let cell = TextRange(start: edit.range.start, end: edit.range.start + edit.newText.utf8.count)
    let second = DocumentChange(range: text.lineColumnRange(of: cell, in: .utf16), newText: "7")
    host.change("a", to: 3, applying: [second], in: .utf16)
    let after = try #require(try host.analysis(of: "a", lookup: NoLastYear()))
    let plan = after.ruleResults
    #expect(plan.regionsRead["GJ503"] == Self.blocks(plan, inSection: 3, of: after.report))
    #expect(!plan.ran.contains(StockMismatch.metadata.code))
    let fresh = Analyzer.analyze(text.applying([second], in: .utf16))
    #expect(after.report == fresh.report)
    #expect(after.diagnostics == fresh.diagnostics)
  }

  /// Example 002 (CRLF) with a late publication line in section 五 (GJ403) and a statistics period of half the year
  /// in section 一 (GJ207).
  static let datedText: SourceText = {
    var lines = Fixtures.example("002_cf9a8ca2a320709f.txt").components(separatedBy: "\n")
    lines.insert("发布日期：2022-03-15", at: 412)
    lines.insert("本报告统计期限为2021年1月1日至2021年6月30日。", at: 9)
    return SourceText(lines.joined(separator: "\r\n"))
  }()

  /// A regional rule's verdict on the whole report follows an edit in another region: a timely publication line
  /// typed into section 一, before the late one of section 五, is the one GJ403 reads.
  @Test func aRegionalVerdictFollowsAnEditInAnotherSection() throws {
    let before = Analyzer.analyze(Self.datedText)
    #expect(before.diagnostics.contains { $0.code == PublishedLate.metadata.code })
    #expect(before.diagnostics.contains { $0.code == PeriodPartYear.metadata.code })
    let lineStart = before.text.lineRange(11).start
    let typed = TextEdit(range: TextRange(emptyAt: lineStart), newText: "发布日期：2022-01-20\r\n")
    let after = Analyzer.reanalyze(before, applying: [typed])
    let plan = after.ruleResults
    #expect(plan.regionsRead[PublishedLate.metadata.code] == 1)
    #expect(!after.diagnostics.contains { $0.code == PublishedLate.metadata.code })
    #expect(after.diagnostics.contains { $0.code == PeriodPartYear.metadata.code })
    #expect(after.diagnostics == Analyzer.analyze(after.text).diagnostics)
  }
}
