import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// After typing in a long narrative the regional rules read only the blocks of lines around the edit, and the
/// diagnostics are exactly those of a fresh analysis.
@Suite struct NarrativeRulesTests {
  /// Example 002 with a long section 一: 24 copies of lines holding a leftover, emphasis markers, a compatibility
  /// character (GJ501), a half-year statistics period (GJ207) and a publication line (GJ403), with `newline` line ends
  /// and an astral character.
  static func text(newline: String) -> SourceText {
    let lines = [
      "𠀀本局[image: a1]⼀是公开，**加强**解读。", "本报告统计期限为2021年1月1日至2021年6月30日。",
      "发布日期：2022-05-20", "回应社会关切，进一步提高政务工作透明度。", "",
    ]
    let block = String(repeating: lines.joined(separator: "\n") + "\n", count: 24)
    let base = Fixtures.example("002_cf9a8ca2a320709f.txt")
    let grown = base.replacingOccurrences(of: "一、总体情况\n", with: "一、总体情况\n" + block)
    return SourceText(grown.replacingOccurrences(of: "\n", with: newline))
  }

  /// The offset of the `occurrence`-th `needle` of `text`.
  static func offset(of needle: String, _ occurrence: Int, in text: SourceText) -> Int {
    var from = 0
    var found = 0
    for _ in 0...occurrence {
      found = text.firstOccurrence(of: Array(needle.utf8), in: TextRange(start: from, end: text.count)) ?? 0
      from = found + 1
    }
    return found
  }

  /// Re-analyses `before` after `edit`, expects a fresh analysis's diagnostics, and returns how many blocks GJ503
  /// read again and how many there are.
  @discardableResult
  func expectFresh(_ before: Analysis, _ edit: TextEdit) throws -> (read: Int, blocks: Int) {
    let after = Analyzer.reanalyze(before, applying: [edit])
    let fresh = Analyzer.analyze(after.text)
    #expect(after.report == fresh.report)
    #expect(after.diagnostics == fresh.diagnostics, "\(edit.range) → «\(edit.newText)»")
    let plan = after.ruleResults
    return (plan.regionsRead[ConversionArtifacts.metadata.code] ?? 0, plan.blocks.count)
  }

  @Test(arguments: ["\n", "\r\n"])
  func typingALineEndOrALeftoverReadsOnlyTheBlocksAround(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let middle = Self.offset(of: "回应社会", 20, in: before.text)
    let edits = [
      TextEdit(range: TextRange(emptyAt: middle), newText: "的"),
      TextEdit(range: TextRange(emptyAt: middle), newText: newline),
      TextEdit(range: TextRange(emptyAt: middle), newText: "[image: x]⼀"),
      TextEdit(range: TextRange(start: middle - newline.utf8.count - 1, end: middle), newText: ""),
      TextEdit(
        range: TextRange(emptyAt: Self.offset(of: "发布日期", 3, in: before.text)), newText: "发布日期：2022-01-20\(newline)"),
    ]
    for edit in edits {
      let (read, blocks) = try expectFresh(before, edit)
      #expect(read <= 3 && blocks > 12, "read \(read) of \(blocks) blocks")
    }
  }

  @Test func aHeadingTypedAtALineStartReadsEverything() throws {
    let before = Analyzer.analyze(Self.text(newline: "\n"))
    let lineStart = Self.offset(of: "回应社会", 10, in: before.text)
    let (read, blocks) = try expectFresh(before, TextEdit(range: TextRange(emptyAt: lineStart), newText: "三、"))
    #expect(read == blocks)
  }

  /// Sequences of random edits anywhere in the long section, each analysis reused for the next.
  @Test(arguments: [UInt64(11), 12])
  func randomEditsInALongSectionEqualFreshAnalyses(_ seed: UInt64) throws {
    let pool = ["的", "\n", "\r\n", "[image: y]", "**", "⼀", "发布日期：2021-12-01", "统计期限为2021年3月1日至2021年12月31日", "𠀀"]
    SectionEditWalk.run(
      from: Analyzer.analyze(Self.text(newline: seed == 12 ? "\r\n" : "\n")), pool: pool, maximumLength: 6, seed: seed)
  }

}
