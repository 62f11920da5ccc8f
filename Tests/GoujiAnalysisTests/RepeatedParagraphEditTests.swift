import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// GJ504 keeps which earlier line each line of prose repeats between runs and looks again only for the lines whose
/// key is that of a line in a block read again or gone. Edits to the first copy of a paragraph, to a repeat, to the
/// lines between, and whole blocks deleted and inserted give the diagnostics of a fresh analysis, the message and the
/// related location (the earlier text) included.
@Suite struct RepeatedParagraphEditTests {
  /// Two paragraphs long enough for GJ504, written one after the other in every unit (a run of two repeated lines).
  static let paragraphs = (
    "本机关通过政府网站、政务新媒体等渠道及时公开政府信息，全年未发生泄密事件。",
    "本年度共办理政府信息公开申请并全部按期答复，未发生因政府信息公开被纠错的情况𠀀。"
  )

  /// Example 002 with section 一 grown by ten units, each the two paragraphs and 30 short lines (too short to be
  /// compared), so each unit spans a block of its own and the paragraphs repeat blocks away from their first copy.
  static func text(newline: String) -> SourceText {
    let units = (0..<10).map { unit in
      [paragraphs.0, paragraphs.1] + (0..<30).map { "第\(unit)单元第\($0)项工作稳步推进。" }
    }
    let base = Fixtures.example("002_cf9a8ca2a320709f.txt")
    let lines = units.flatMap(\.self).joined(separator: "\n")
    let grown = base.replacingOccurrences(of: "一、总体情况\n", with: "一、总体情况\n" + lines + "\n")
    return SourceText(grown.replacingOccurrences(of: "\n", with: newline))
  }

  /// The start of the `index`th (from 0) copy of `string` in `text`.
  static func offset(of string: String, _ index: Int, in text: SourceText) throws -> Int {
    var from = 0
    var found: Int?
    for _ in 0...index {
      found = text.firstOccurrence(of: Array(string.utf8), in: TextRange(start: from, end: text.count))
      from = try #require(found) + 1
    }
    return try #require(found)
  }

  /// Re-analyses `before` after `edit`, expects a fresh analysis's diagnostics and that GJ504 read fewer blocks than
  /// there are, and returns the re-analysis and its GJ504 diagnostics.
  func expectFresh(_ before: Analysis, _ edit: TextEdit) -> (analysis: Analysis, repeats: [Diagnostic]) {
    let after = Analyzer.reanalyze(before, applying: [edit])
    let fresh = Analyzer.analyze(after.text)
    #expect(after.diagnostics == fresh.diagnostics, "\(edit.range) → «\(edit.newText)»")
    let code = RepeatedParagraph.metadata.code
    let read = after.ruleResults.regionsRead[code] ?? 0
    #expect(read < after.ruleResults.blocks.count / 2, "GJ504 read \(read) blocks")
    return (after, after.diagnostics.filter { $0.code == code })
  }

  /// The start of the earlier text the GJ504 diagnostic starting at `offset` names.
  static func earlier(at offset: Int, in repeats: [Diagnostic]) throws -> Int {
    try #require(repeats.first { $0.range.start == offset }?.related.first?.range.start)
  }

  @Test(arguments: ["\n", "\r\n"])
  func editingTheFirstCopyMakesTheSecondTheEarlierText(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let first = try Self.offset(of: Self.paragraphs.0, 0, in: before.text)
    let (after, repeats) = expectFresh(before, TextEdit(range: TextRange(start: first, end: first + 3), newText: "该"))
    let second = try Self.offset(of: Self.paragraphs.0, 0, in: after.text)
    let third = try Self.offset(of: Self.paragraphs.0, 1, in: after.text)
    #expect(try Self.earlier(at: third, in: repeats) == second)
    #expect(!repeats.contains { $0.range.start == second })
    // Typed back: the first copy is the earlier text again, and the second a repeat.
    let (_, again) = expectFresh(after, TextEdit(range: TextRange(start: first, end: first + 3), newText: "本"))
    #expect(try Self.earlier(at: second, in: again) == first)
  }

  @Test(arguments: ["\n", "\r\n"])
  func editingARepeatSplitsItsRun(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let fifth = try Self.offset(of: Self.paragraphs.0, 4, in: before.text)
    let (after, repeats) = expectFresh(before, TextEdit(range: TextRange(start: fifth, end: fifth + 3), newText: "该"))
    let second = try Self.offset(of: Self.paragraphs.1, 4, in: after.text)
    #expect(!repeats.contains { $0.range.start == fifth })
    #expect(try Self.earlier(at: second, in: repeats) == Self.offset(of: Self.paragraphs.1, 0, in: after.text))
    // The changed line repeated later, between short lines: its copy names it.
    let filler = try Self.offset(of: "第6单元第3项", 0, in: after.text)
    let changed = "该" + Self.paragraphs.0.dropFirst() + newline
    let (_, found) = expectFresh(after, TextEdit(range: TextRange(emptyAt: filler), newText: changed))
    #expect(try Self.earlier(at: filler, in: found) == fifth)
  }

  @Test(arguments: ["\n", "\r\n"])
  func aCopyTypedBetweenTheLinesBecomesTheEarlierText(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let first = try Self.offset(of: Self.paragraphs.1, 0, in: before.text)
    let filler = try Self.offset(of: "第0单元第3项", 0, in: before.text)
    let variant = "该" + Self.paragraphs.1.dropFirst()
    let (after, _) = expectFresh(before, TextEdit(range: TextRange(emptyAt: filler), newText: variant + newline))
    let (_, repeats) = expectFresh(after, TextEdit(range: TextRange(start: first, end: first + 3), newText: "该"))
    #expect(try Self.earlier(at: filler, in: repeats) == first)
    #expect(!repeats.contains { $0.range.start == first })
  }

  @Test(arguments: ["\n", "\r\n"])
  func wholeBlocksDeletedAndInsertedEqualFreshAnalyses(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let unit0 = try Self.offset(of: Self.paragraphs.0, 0, in: before.text)
    let unit2 = try Self.offset(of: Self.paragraphs.0, 2, in: before.text)
    let removed = before.text[TextRange(start: unit0, end: unit2)]
    let (deleted, repeats) = expectFresh(before, TextEdit(range: TextRange(start: unit0, end: unit2), newText: ""))
    let second = try Self.offset(of: Self.paragraphs.0, 1, in: deleted.text)
    #expect(try Self.earlier(at: second, in: repeats) == unit0)
    let (inserted, again) = expectFresh(deleted, TextEdit(range: TextRange(emptyAt: unit0), newText: removed))
    #expect(inserted.text == before.text)
    #expect(try Self.earlier(at: unit2, in: again) == unit0)
  }

  /// Random edits of the grown section: the paragraphs and their halves typed, deleted, and line ends.
  @Test(arguments: [UInt64(41), 42])
  func randomEditsEqualFreshAnalyses(_ seed: UInt64) {
    let newline = seed == 42 ? "\r\n" : "\n"
    let pool = [Self.paragraphs.0, Self.paragraphs.1, newline + Self.paragraphs.0 + newline, "该", newline, "𠀀"]
    SectionEditWalk.run(from: Analyzer.analyze(Self.text(newline: newline)), pool: pool, maximumLength: 120, seed: seed)
  }
}
