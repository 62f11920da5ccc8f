import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// A regional rule's partial results are kept in chunks shared between runs (``BlockPartials``): after an edit, the
/// blocks it moved whole keep their chunks, only the chunk of the blocks read again is new, and a combination reads
/// the partial results that found something only (``BlockPartials/found``). Counted, never timed.
@Suite struct ChunkedPartialsTests {
  /// Example 002 with section 一 grown by `count` lines of about 300 bytes (some seven a block), each with an astral
  /// character; every fortieth has an enumeration that skips (GJ502's `四是`) and a leftover (GJ503), so that most
  /// blocks find nothing for those rules. Written with `newline`.
  static func text(newline: String, count: Int = 400) -> SourceText {
    let plain = "𠀀" + String(repeating: "本机关及时公开政府信息，", count: 7) + "。"
    let marked = "𠀀" + String(repeating: "本机关及时公开政府信息，", count: 6) + "一是公开，二是解读，四是回应[image: x]。"
    let lines = (0..<count).map { "\($0)" + ($0 % 40 == 5 ? marked : plain) }
    return BlockPartialsTests.grown(with: lines, newline: newline)
  }

  /// How many chunks `count` blocks need.
  static func chunks(_ count: Int) -> Int {
    (count + 31) / 32
  }

  /// `found` reads exactly the blocks whose partial results are not empty, each as the list reads it, and no more
  /// than a third of the blocks; `foundCount` counts them.
  static func expectFoundIsTheNonEmpty(_ partials: BlockPartials<Enumeration>) {
    let found = Array(partials.found)
    let nonEmpty = partials.indices.filter { !partials[$0].isEmpty }
    #expect(found.map(\.position) == nonEmpty)
    #expect(partials.foundCount == nonEmpty.count)
    #expect(!found.isEmpty && found.count * 3 < partials.count)
    #expect(found.map(\.partial.count) == nonEmpty.map { partials[$0].count })
  }

  @Test(arguments: ["\n", "\r\n"])
  func aCharacterTypedMidwayKeepsEveryOtherChunk(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let edit = TextEdit(range: TextRange(emptyAt: try BlockPartialsTests.lineStart(200, in: before) + 2), newText: "𠀀")
    let after = Analyzer.reanalyze(before, applying: [edit])
    let fresh = Analyzer.analyze(after.text)
    #expect(after.report == fresh.report)
    #expect(after.diagnostics == fresh.diagnostics)
    // GJ502's findings after the edit moved by its four bytes, those before it stayed.
    let skips = { (analysis: Analysis) in analysis.diagnostics.filter { $0.code == Enumeration.metadata.code } }
    let (old, new) = (skips(before), skips(after))
    #expect(old.count >= 10 && new.count == old.count)
    for (was, now) in zip(old, new) {
      let shift = was.range.start > edit.range.start ? 4 : 0
      #expect(now.range == TextRange(start: was.range.start + shift, end: was.range.end + shift))
    }
    let previous = try #require(before.ruleResults.partials(of: Enumeration.self))
    let partials = try #require(after.ruleResults.partials(of: Enumeration.self))
    #expect(partials.count > 60)
    // The chunk the edit fell in is split around one new chunk, of the blocks read again; every other piece is a
    // chunk of the previous run's.
    #expect(partials.pieceCount <= Self.chunks(partials.count) + 2, "\(partials.pieceCount)")
    #expect(partials.pieceCount - partials.piecesSharingChunks(with: previous) == 1)
    #expect((after.ruleResults.regionsRead[Enumeration.metadata.code] ?? 0) <= 2)
    Self.expectFoundIsTheNonEmpty(partials)
  }

  @Test(arguments: ["\n", "\r\n"])
  func anEditAcrossABlockBoundaryKeepsTheOtherChunks(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let body = try #require(before.report.section(1)?.bodyRange)
    let blocks = before.ruleResults.sentenceBlocks.filter { $0.overlaps(body) }
    let boundary = blocks[blocks.count / 2].end
    // From the `。` ending the line before the boundary to the first digit of the line after it: a marked line.
    let range = TextRange(start: boundary - newline.utf8.count - 3, end: boundary + 1)
    #expect(before.text[range].hasPrefix("。"))
    let edit = TextEdit(range: range, newText: "。" + newline + "𠀀一是公开，三是回应。" + newline + "9")
    let after = Analyzer.reanalyze(before, applying: [edit])
    let fresh = Analyzer.analyze(after.text)
    #expect(after.diagnostics == fresh.diagnostics)
    #expect((after.ruleResults.regionsRead[Enumeration.metadata.code] ?? 0) >= 2)
    let previous = try #require(before.ruleResults.partials(of: Enumeration.self))
    let partials = try #require(after.ruleResults.partials(of: Enumeration.self))
    #expect(partials.pieceCount - partials.piecesSharingChunks(with: previous) == 1)
    Self.expectFoundIsTheNonEmpty(partials)
  }

  /// A chunk keeps the partial results that found something and one empty result for the others, for a rule whose
  /// empty results are alike (GJ502's lists, GJ503's pieces), and every result for GJ401, whose claims of nothing
  /// still name their sections; after an edit the list reads as a fresh analysis's.
  @Test(arguments: ["\n", "\r\n"])
  func chunksKeepOneEmptyResultForTheBlocksThatFoundNothing(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let edit = TextEdit(range: TextRange(emptyAt: try BlockPartialsTests.lineStart(200, in: before) + 2), newText: "𠀀")
    let after = Analyzer.reanalyze(before, applying: [edit])
    let fresh = Analyzer.analyze(after.text)
    #expect(after.diagnostics == fresh.diagnostics)
    for analysis in [before, after, fresh] {
      let skips = try #require(analysis.ruleResults.partials(of: Enumeration.self))
      #expect(skips.keptCount <= skips.foundCount + Self.chunks(skips.count) + 2)
      #expect(skips.keptCount * 3 < skips.count)
      let leftovers = try #require(analysis.ruleResults.partials(of: ConversionArtifacts.self))
      #expect(leftovers.foundCount >= 10)
      #expect(leftovers.keptCount <= leftovers.foundCount + Self.chunks(leftovers.count) + 2)
      let claims = try #require(analysis.ruleResults.partials(of: TextTableMismatch.self))
      #expect(claims.keptCount >= claims.count && !claims.isEmpty)
    }
    let (kept, read) = try (
      #require(after.ruleResults.partials(of: Enumeration.self)),
      #require(fresh.ruleResults.partials(of: Enumeration.self))
    )
    #expect(kept.map(\.count) == read.map(\.count))
    #expect(kept.found.map(\.position) == read.found.map(\.position))
  }

  @Test func editsInManyPlacesKeepThePiecesFew() throws {
    var analysis = Analyzer.analyze(Self.text(newline: "\r\n", count: 600))
    // Lines some six blocks apart, in text order: each edit splits a chunk around the blocks it reads.
    for number in stride(from: 3, to: 600, by: 40) {
      let edit = TextEdit(
        range: TextRange(emptyAt: try BlockPartialsTests.lineStart(number, in: analysis) + 1), newText: "𠀀")
      analysis = Analyzer.reanalyze(analysis, applying: [edit])
      let partials = try #require(analysis.ruleResults.partials(of: Enumeration.self))
      #expect(partials.pieceCount <= Self.chunks(partials.count) + 2 * BlockPartials<Enumeration>.runLimit)
      Self.expectFoundIsTheNonEmpty(partials)
    }
    let fresh = Analyzer.analyze(analysis.text)
    #expect(analysis.report == fresh.report)
    #expect(analysis.diagnostics == fresh.diagnostics)
  }
}
