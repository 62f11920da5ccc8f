import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// After an edit, a regional rule's partial results of the blocks the edit moved whole are carried over as they are,
/// the edit's shift added to their runs (``BlockPartials``), and shifted when read: the findings are where a fresh
/// analysis puts them, and the runs stay few however many edits there were.
@Suite struct BlockPartialsTests {
  /// Example 002 with section 一 grown by `count` lines of about 300 bytes (some seven a block), each with an astral
  /// character, a conversion leftover (GJ503) and an enumeration that skips (GJ502's `四是`), written with `newline`.
  static func text(newline: String, count: Int = 120) -> SourceText {
    let line = "𠀀" + String(repeating: "本机关及时公开政府信息，", count: 6) + "一是公开，二是解读，四是回应[image: x]。"
    return grown(with: (0..<count).map { "\($0)" + line }, newline: newline)
  }

  /// Example 002 with `lines` put at the start of section 一's body, written with `newline`.
  static func grown(with lines: [String], newline: String) -> SourceText {
    let base = Fixtures.example("002_cf9a8ca2a320709f.txt")
    let grown = base.replacingOccurrences(of: "一、总体情况\n", with: "一、总体情况\n" + lines.joined(separator: "\n") + "\n")
    return SourceText(grown.replacingOccurrences(of: "\n", with: newline))
  }

  /// The start of line `number` of section 一's body.
  static func lineStart(_ number: Int, in analysis: Analysis) throws -> Int {
    let body = try #require(analysis.report.section(1)?.bodyRange)
    return analysis.text.lineStarts[analysis.text.line(containing: body.start) + number]
  }

  /// GJ502's findings of `analysis`.
  static func skips(_ analysis: Analysis) -> [Diagnostic] {
    analysis.diagnostics.filter { $0.code == Enumeration.metadata.code }
  }

  @Test(arguments: ["\n", "\r\n"])
  func aCharacterTypedEarlyMovesTheLaterBlocksInOneRun(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let edit = TextEdit(range: TextRange(emptyAt: try Self.lineStart(5, in: before) + 2), newText: "𠀀")
    let after = Analyzer.reanalyze(before, applying: [edit])
    let fresh = Analyzer.analyze(after.text)
    #expect(after.report == fresh.report)
    #expect(after.diagnostics == fresh.diagnostics)
    // The findings after the edit moved by its four bytes, those before it stayed.
    let (old, new) = (Self.skips(before), Self.skips(after))
    #expect(old.count >= 120 && new.count == old.count)
    for (was, now) in zip(old, new) {
      let shift = was.range.start > edit.range.start ? 4 : 0
      #expect(now.range == TextRange(start: was.range.start + shift, end: was.range.end + shift))
    }
    // Every later block carried over in one run: before the edit, the block read again, after it.
    let partials = try #require(after.ruleResults.partials(of: Enumeration.self))
    #expect(partials.count == after.ruleResults.sentenceBlocks.count && partials.count > 20)
    #expect(partials.runs.map(\.delta) == [0, 4], "\(partials.runs)")
    #expect((after.ruleResults.regionsRead[Enumeration.metadata.code] ?? 0) <= 2)
  }

  @Test(arguments: ["\n", "\r\n"])
  func anEditAcrossABlockBoundaryReadsBothBlocks(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let body = try #require(before.report.section(1)?.bodyRange)
    let blocks = before.ruleResults.sentenceBlocks.filter { $0.overlaps(body) }
    let boundary = blocks[blocks.count / 2].end
    // From the `。` ending the line before the boundary to the first digit of the line after it.
    let range = TextRange(start: boundary - newline.utf8.count - 3, end: boundary + 1)
    #expect(before.text[range].hasPrefix("。"))
    let edit = TextEdit(range: range, newText: "。" + newline + "𠀀9")
    let after = Analyzer.reanalyze(before, applying: [edit])
    let fresh = Analyzer.analyze(after.text)
    #expect(after.diagnostics == fresh.diagnostics)
    #expect((after.ruleResults.regionsRead[Enumeration.metadata.code] ?? 0) >= 2)
    let partials = try #require(after.ruleResults.partials(of: Enumeration.self))
    #expect(partials.runs.count <= 3, "\(partials.runs)")
  }

  @Test func editsInManyPlacesKeepTheRunsBounded() throws {
    var analysis = Analyzer.analyze(Self.text(newline: "\r\n", count: 400))
    var most = 0
    // Lines some six blocks apart (an edit reads its block and the next), in text order: each edit leaves two runs
    // more (its blocks read, those after them).
    for number in stride(from: 3, to: 400, by: 40) {
      let edit = TextEdit(range: TextRange(emptyAt: try Self.lineStart(number, in: analysis) + 1), newText: "𠀀")
      analysis = Analyzer.reanalyze(analysis, applying: [edit])
      let runs = try #require(analysis.ruleResults.partials(of: Enumeration.self)).runs.count
      most = max(most, runs)
      #expect(runs <= BlockPartials<Enumeration>.runLimit)
    }
    // Each edit leaves a run of its own after it, until the runs are shifted into their partial results.
    #expect(most > BlockPartials<Enumeration>.runLimit / 2)
    let fresh = Analyzer.analyze(analysis.text)
    #expect(analysis.report == fresh.report)
    #expect(analysis.diagnostics == fresh.diagnostics)
  }
}
