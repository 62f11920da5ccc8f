import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// GJ401 reads its claims from the prose of each block of lines on its own (a ``RegionalRule``): after an edit it
/// reads again only the blocks around what the reader re-read, moves the other claims with the edit, and compares
/// them all with the tables afresh, so that its findings are a fresh analysis's.
@Suite struct SectionClaimsTests {
  /// Example 002 with CRLF line ends, one 行政复议 of table 四 corrected, and claims GJ401 reads on lines with an
  /// astral character: in section 一 a count of new applications, an outcome of appeals and a figure of table 二, in
  /// section 四 the outcome again.
  static let text: SourceText = {
    var lines = Fixtures.example("002_cf9a8ca2a320709f.txt").components(separatedBy: "\n")
    (lines[394], lines[397]) = ("\t1", "\t1")
    lines.insert("𠀀行政复议均获维持。", at: 410)
    lines.insert("𠀀本局收到政府信息公开申请2件，行政复议均获维持，本年制发规范性文件9件。", at: 8)
    return SourceText(lines.joined(separator: "\r\n"))
  }()

  static let code = TextTableMismatch.metadata.code

  /// The engine asks whether a rule reads blocks only when its scope says so, so the two must agree.
  @Test func aRuleReadsBlocksExactlyWhenItsScopeSaysSo() {
    for rule in RuleRegistry.all {
      #expect((rule is any RegionalRule.Type) == (rule.metadata.scope == .regions), "\(rule.metadata.code)")
    }
  }

  /// How many blocks of `analysis` overlap section `number` (heading to end of body).
  static func blocks(inSection number: Int, of analysis: Analysis) throws -> Int {
    let section = try #require(analysis.report.section(number))
    let region = TextRange(start: section.heading.range.start, end: section.bodyRange.end)
    return analysis.ruleResults.blocks.filter { $0.overlaps(region) }.count
  }

  /// The 总计 of table 三's first row (本年新收).
  static func newApplications(_ analysis: Analysis) -> Cell? {
    analysis.report.table3?.rows.first?.cells.last { $0.state == .written }
  }

  @Test func aCellEditReadsNoProseClaims() throws {
    let before = Analyzer.analyze(Self.text)
    let claims = before.diagnostics.filter { $0.code == Self.code }
    #expect(claims.count >= 3, "\(claims.map(\.message.zh))")
    let section4 = try #require(before.report.section(4)).bodyRange
    #expect(claims.contains { section4.contains($0.range.start) })
    // The first written cell (new applications, 总计; 0) set to 2 (the count then holds), 5 and back to 0, each
    // analysis made from the one before.
    var analysis = before
    for value in ["2", "5", "0"] {
      let cell = try #require(Self.newApplications(analysis))
      analysis = Analyzer.reanalyze(analysis, applying: [TextEdit(range: cell.range, newText: value)])
      let plan = analysis.ruleResults
      let section3 = try Self.blocks(inSection: 3, of: analysis)
      #expect(plan.regionsRead[Self.code] == section3)
      #expect(plan.ran.contains(Self.code))
      let count = analysis.diagnostics.contains { $0.code == Self.code && $0.message.zh.contains("申请2件") }
      #expect(count == (value != "2"), "after \(value)")
      let fresh = Analyzer.analyze(analysis.text)
      #expect(analysis.diagnostics == fresh.diagnostics)
    }
  }

  /// Typing in section 一 reads the claims of the blocks around the edit again (and no other section's); the claims
  /// of section 四, after the edit, move with it; a fresh analysis agrees every time, in every position unit.
  @Test func typingInTheNarrativeReadsItsSectionOnly() throws {
    var analysis = Analyzer.analyze(Self.text)
    for typed in ["3", "𠀀", "，行政诉讼均已审结", "\r\n"] {
      let line = try #require(analysis.text.string.utf8.firstRange(of: "本局收到".utf8)).lowerBound
      let offset = analysis.text.string.utf8.distance(from: analysis.text.string.utf8.startIndex, to: line) + 18
      analysis = Analyzer.reanalyze(analysis, applying: [TextEdit(range: TextRange(emptyAt: offset), newText: typed)])
      let plan = analysis.ruleResults
      let (read, section1) = (plan.regionsRead[Self.code] ?? 0, try Self.blocks(inSection: 1, of: analysis))
      #expect(read >= 1 && read <= section1, "after \(typed)")
      let fresh = Analyzer.analyze(analysis.text)
      #expect(analysis.diagnostics == fresh.diagnostics, "after \(typed)")
      let mine = analysis.diagnostics.filter { $0.code == Self.code }
      let theirs = fresh.diagnostics.filter { $0.code == Self.code }
      for unit in [PositionUnit.utf8, .utf16, .utf32] {
        #expect(
          mine.map { analysis.text.lineColumnRange(of: $0.range, in: unit) }
            == theirs.map { fresh.text.lineColumnRange(of: $0.range, in: unit) })
      }
    }
  }
}
