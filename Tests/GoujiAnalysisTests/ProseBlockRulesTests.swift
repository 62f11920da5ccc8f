import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// The prose rules that read blocks of lines (GJ401, GJ405, GJ406, GJ502, GJ504, GJ505) keep what they found in the
/// blocks an edit did not touch and combine it with what they read again; the diagnostics are those of a fresh
/// analysis.
@Suite struct ProseBlockRulesTests {
  /// A paragraph long enough for GJ504, and its two halves, each too short to be compared on its own.
  static let paragraph = "本机关通过政府网站、政务新媒体等渠道及时公开政府信息，全年未发生泄密事件。"
  static let halves = ("本机关通过政府网站、政务新媒体等渠道", "及时公开政府信息，全年未发生泄密事件。")
  /// A count of new applications (GJ401) written on two lines, the count alone on the second.
  static let claim = ("本年收到政府信息公开申请", "5件，行政复议均获维持。")

  /// Example 002 with section 一 grown by the paragraph and eight units of 32 lines, written with `newline`: the
  /// units hold an arabic enumeration across the blocks' borders (`1.` `2.` in one block, `3.`–`6.` in the next),
  /// `一是`…, `（一）`…, a `其中` list, a fee, two cities, an astral character, claims of GJ401, and on two lines
  /// (the second starting a block) the paragraph's halves or, every other unit, the count's.
  static func text(newline: String) -> SourceText {
    var unit = [
      "4.持续推进政务公开标准化规范化。", "5.加强政策解读和回应关切。", "6.做好依申请公开工作。",
      "一是加强组织领导，二是完善工作机制，三是强化监督考核。", "（一）加强学习。", "（二）强化培训。",
      "共收到申请10件，其中自然人8件、法人3件。", "本年度收取信息处理费200元。", "本局参照浙江省杭州市的做法开展工作。", "𠀀回应社会关切。",
    ]
    unit += ["𠀀本局收到政府信息公开申请2件，行政复议均获维持，本年制发规范性文件9件。"]
    unit += Array(repeating: "回应社会关切，提高透明度。", count: 16)
    unit += ["1.完善制度。", "2.规范流程。"]
    let split = [unit + [halves.0, halves.1, "3.强化考核。"], unit + [claim.0, claim.1, "3.强化考核。"]]
    let lines = [paragraph] + Array(repeating: split, count: 4).flatMap(\.self).flatMap(\.self)
    let base = Fixtures.example("002_cf9a8ca2a320709f.txt")
    let grown = base.replacingOccurrences(of: "一、总体情况\n", with: "一、总体情况\n" + lines.joined(separator: "\n") + "\n")
    return SourceText(grown.replacingOccurrences(of: "\n", with: newline))
  }

  /// The prose rules read in blocks.
  static let codes = [
    TextTableMismatch.metadata.code, ProseArithmetic.metadata.code, FeeCharged.metadata.code, Enumeration.metadata.code,
    RepeatedParagraph.metadata.code, OtherProvince.metadata.code,
  ]

  /// Re-analyses `before` after `edit`, expects a fresh analysis's diagnostics, and returns the re-analysis and the
  /// most blocks any of the prose rules read again.
  @discardableResult
  func expectFresh(_ before: Analysis, _ edit: TextEdit) throws -> (analysis: Analysis, read: Int) {
    let after = Analyzer.reanalyze(before, applying: [edit])
    let fresh = Analyzer.analyze(after.text)
    #expect(after.report == fresh.report)
    #expect(after.diagnostics == fresh.diagnostics, "\(edit.range) → «\(edit.newText)»")
    let plan = after.ruleResults
    return (after, Self.codes.map { plan.regionsRead[$0] ?? 0 }.max() ?? 0)
  }

  /// The start of a block of section 一 whose line is `line` and whose previous line is `previous`.
  static func border(in analysis: Analysis, line: String, previous: String) throws -> Int {
    let text = analysis.text
    let body = try #require(analysis.report.section(1)?.bodyRange)
    let blocks = analysis.ruleResults.blocks
    let border = blocks.map(\.start).first { start in
      guard body.start < start, start < body.end else { return false }
      let index = text.line(containing: start)
      return text[text.lineRange(index)].hasPrefix(line) && text[text.lineRange(index - 1)].hasPrefix(previous)
    }
    return try #require(border)
  }

  @Test(arguments: ["\n", "\r\n"])
  func joiningTwoLinesAcrossABlockBorderRepeatsAParagraphBlocksAway(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let border = try Self.border(in: before, line: Self.halves.1, previous: Self.halves.0)
    let (after, read) = try expectFresh(
      before, TextEdit(range: TextRange(start: border - newline.utf8.count, end: border), newText: ""))
    #expect(read <= 3, "read \(read) blocks")
    let repeated = after.diagnostics.filter { $0.code == RepeatedParagraph.metadata.code }
    #expect(repeated.contains { after.text[$0.range] == Self.paragraph })
  }

  @Test(arguments: ["\n", "\r\n"])
  func joiningAClaimSplitAcrossABlockBorderReadsItsCount(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let border = try Self.border(in: before, line: Self.claim.1, previous: Self.claim.0)
    let (after, read) = try expectFresh(
      before, TextEdit(range: TextRange(start: border - newline.utf8.count, end: border), newText: ""))
    #expect(read <= 3, "read \(read) blocks")
    let line = after.text.lineRange(after.text.line(containing: border))
    #expect(after.diagnostics.contains { $0.code == TextTableMismatch.metadata.code && line.contains($0.range.start) })
    // And split again, in the middle of the count's clause.
    let count = try #require(after.text.firstOccurrence(of: Array("5件".utf8), in: line))
    try expectFresh(after, TextEdit(range: TextRange(emptyAt: count), newText: newline))
  }

  @Test(arguments: ["\n", "\r\n"])
  func anEnumerationBrokenAfterABlockBorderIsComparedWithTheMarkersBefore(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let border = try Self.border(in: before, line: Self.halves.1, previous: Self.halves.0)
    let third = before.text.firstOccurrence(of: Array("3.".utf8), in: TextRange(start: border, end: before.text.count))
    let marker = try #require(third)
    let (after, read) = try expectFresh(
      before, TextEdit(range: TextRange(start: marker, end: marker + 1), newText: "7"))
    #expect(read <= 3, "read \(read) blocks")
    let skips = after.diagnostics.filter { $0.code == Enumeration.metadata.code }
    #expect(skips.contains { $0.range.start == marker && after.text[$0.related[0].range] == "2." })
  }

  @Test(arguments: ["\n", "\r\n"])
  func aCellEditReadsOnlyTheBlocksOfItsSection(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let cell = try #require(before.report.table3?.rows.flatMap(\.cells).first { $0.state == .written })
    let (after, read) = try expectFresh(before, TextEdit(range: cell.range, newText: cell.text == "1" ? "2" : "1"))
    let section = try #require(after.report.section(3))
    let sectionRange = TextRange(start: section.heading.range.start, end: section.bodyRange.end)
    let blocks = after.ruleResults.blocks
    let inSection = blocks.filter { $0.overlaps(sectionRange) }.count
    #expect(read <= inSection && inSection < blocks.count / 2, "read \(read) of \(blocks.count) blocks")
  }

  /// GJ401 keeps the findings of the blocks an edit did not touch while the tables stay as they were (typing in the
  /// narrative moves them), and compares every claim afresh once a cell of table 三 changes what they contradict.
  @Test(arguments: ["\n", "\r\n"])
  func claimsFindingsAreKeptWhileTypingAndMadeAgainAfterACellEdit(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let claims = { (analysis: Analysis) in
      analysis.diagnostics.filter { $0.code == TextTableMismatch.metadata.code }.map(\.message.zh)
    }
    let typedAt = try Self.border(in: before, line: Self.halves.1, previous: Self.halves.0)
    let (typed, _) = try expectFresh(before, TextEdit(range: TextRange(emptyAt: typedAt), newText: "的"))
    #expect(claims(typed).count == claims(before).count && claims(typed).count > 4)
    // The row's 总计, its last column, which the claims are compared with.
    let new = try #require(typed.report.table3?.row("new")?.cells.last { $0.state == .written })
    let (edited, _) = try expectFresh(typed, TextEdit(range: new.range, newText: "97"))
    #expect(claims(edited) != claims(typed))
  }

  /// GJ401 keeps only the blocks with findings: a block whose claim is changed is compared again and the blocks
  /// after it keep theirs, moved; typing in a block without findings afterwards keeps both (each against a fresh
  /// analysis, with CJK, 𠀀 and CRLF before the edits).
  @Test(arguments: ["\n", "\r\n"])
  func aClaimChangedInOneBlockKeepsTheFindingsOfTheOthers(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let claims = { (analysis: Analysis) in analysis.diagnostics.filter { $0.code == TextTableMismatch.metadata.code } }
    let body = try #require(before.report.section(1)?.bodyRange)
    let count = try #require(before.text.firstOccurrence(of: Array("申请2件".utf8), in: body))
    let digit = count + "申请".utf8.count
    let edit = TextEdit(range: TextRange(start: digit, end: digit + 1), newText: "9")
    let (changed, read) = try expectFresh(before, edit)
    #expect(read <= 2, "read \(read) blocks")
    #expect(claims(changed).count == claims(before).count && claims(changed).count > 4)
    let typedAt = try Self.border(in: changed, line: Self.halves.1, previous: Self.halves.0)
    let (typed, _) = try expectFresh(changed, TextEdit(range: TextRange(emptyAt: typedAt), newText: "𠀀"))
    #expect(claims(typed).map(\.message.zh) == claims(changed).map(\.message.zh))
  }

  /// Sequences of random edits in the long section (line ends, halves of the paragraph, markers, 𠀀), each analysis
  /// reused for the next.
  @Test(arguments: [UInt64(21), 22])
  func randomEditsEqualFreshAnalyses(_ seed: UInt64) throws {
    let newline = seed == 22 ? "\r\n" : "\n"
    let pool = ["的", "\n", "\r\n", newline + Self.halves.1, Self.halves.0, "3.", "（三）", "四是", "其中法人2件", "𠀀", "浙江省"]
    SectionEditWalk.run(from: Analyzer.analyze(Self.text(newline: newline)), pool: pool, maximumLength: 8, seed: seed)
  }
}
