import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Flattened text keeps its report on a few long lines: the rules that read sentences (GJ401, GJ405, GJ406, GJ501,
/// GJ502, GJ503, GJ505) get blocks cut inside such a line at sentence ends, so a typed character reads a block or
/// two of the line again, and every edit, at or across a cut, gives exactly the analysis of the text read afresh.
@Suite struct SentenceBlocksTests {
  /// Example 002 flattened with section 一 grown on its heading's line by `paragraphs` paragraphs (a leftover, a
  /// Kangxi radical, 𠀀, an enumeration marker, a list with its total before `其中`), its lines ended by `newline`.
  static func text(paragraphs: Int = 60, newline: String = "\n") -> SourceText {
    let base = Fixtures.fixture("GoujiSyntaxTests", "forms/002_cf9a8ca2a320709f.flattened.txt")
    let paragraph =
      "[image: 2e5680157276]本局通过政府网站⼯作动态𠀀主动公开政府信息，回应社会关切。二是公开指南。"
      + "共公开文件10件。其中，规范性文件4件、其他文件6件。"
    let grown = base.replacingOccurrences(of: "、总体情况", with: "、总体情况" + String(repeating: paragraph, count: paragraphs))
    return SourceText(grown.replacingOccurrences(of: "\n", with: newline))
  }

  /// The sentence blocks that start inside a line, in `analysis`.
  static func cuts(_ analysis: Analysis) -> [Int] {
    let text = analysis.text
    return analysis.ruleResults.sentenceBlocks.map(\.start).filter { start in
      start > 0 && text.bytes[start - 1] != 0x0A && text.bytes[start - 1] != 0x0D
    }
  }

  @Test(arguments: ["\n", "\r\n"])
  func theBlocksOfAFlattenedLineAreCutAtSentenceEnds(_ newline: String) throws {
    let analysis = Analyzer.analyze(Self.text(newline: newline))
    let text = analysis.text
    let cuts = Self.cuts(analysis)
    #expect(cuts.count >= 4, "\(cuts.count) cuts inside a line")
    for cut in cuts {
      let before = text[TextRange(start: cut - 3, end: cut)]
      #expect("。；！？".contains(before), "cut at \(cut) after «\(before)»")
      #expect(text[TextRange(start: cut, end: cut + 3)] != "其")
    }
    for block in analysis.ruleResults.sentenceBlocks where cuts.contains(block.end) {
      #expect(block.length >= 2048 && block.length < 2048 + 400, "\(block)")
    }
    // The rules that read lines whole keep blocks of whole lines.
    for block in analysis.ruleResults.blocks where block.start > 0 {
      #expect(text.bytes[block.start - 1] == 0x0A || text.bytes[block.start - 1] == 0x0D, "\(block)")
    }
  }

  @Test func aTypedCharacterReadsABlockOrTwoOfTheLine() throws {
    let before = Analyzer.analyze(Self.text())
    let at = FlattenedEditTests.offset(of: "回应社会关切", in: before.text, occurrence: 30)
    let after = Analyzer.reanalyze(before, applying: [TextEdit(range: TextRange(emptyAt: at), newText: "的")])
    let read = after.ruleResults.regionsRead[ConversionArtifacts.metadata.code] ?? 0
    #expect(read >= 1 && read <= 3, "GJ503 read \(read) of \(after.ruleResults.sentenceBlocks.count) blocks")
    #expect(after.diagnostics == Analyzer.analyze(after.text).diagnostics)
  }

  /// Edits at a cut and across it: text typed at it, the sentence end before it deleted or changed, `其` typed after
  /// it, a line break, `**` and an unclosed leftover typed before it, a span across it deleted or replaced.
  @Test(arguments: ["\n", "\r\n"])
  func editsAtAndAcrossACutGiveAFreshAnalysis(_ newline: String) throws {
    let text = Self.text(newline: newline)
    let cuts = Self.cuts(Analyzer.analyze(text))
    try #require(cuts.count >= 3)
    for cut in [cuts[0], cuts[cuts.count / 2]] {
      let edits = [
        TextEdit(range: TextRange(emptyAt: cut), newText: "的"),
        TextEdit(range: TextRange(emptyAt: cut), newText: "其中，"),
        TextEdit(range: TextRange(start: cut - 3, end: cut), newText: ""),
        TextEdit(range: TextRange(start: cut - 3, end: cut), newText: "，"),
        TextEdit(range: TextRange(start: cut - 3, end: cut), newText: "；"),
        TextEdit(range: TextRange(emptyAt: cut), newText: newline),
        TextEdit(range: TextRange(emptyAt: cut - 3), newText: "**"),
        TextEdit(range: TextRange(emptyAt: cut - 9), newText: "[image: x"),
        TextEdit(range: TextRange(emptyAt: cut), newText: "⼀𠀀"),
        TextEdit(range: TextRange(start: cut - 9, end: cut + 9), newText: ""),
        TextEdit(range: TextRange(start: cut - 30, end: cut + 30), newText: "二是共公开5件。其中，"),
      ]
      for edit in edits { FlattenedEditTests.expectFreshAfter(text, edit) }
    }
  }

  /// A cut before printable ASCII: each paragraph's leftover `[image: …]` starts right at the sentence end before
  /// it. Edits there (typed at the cut, the leftover's `[` deleted, its `]` deleted, `**` pairs and an unclosed
  /// `[image:` across the cut) give a fresh analysis, with LF and CRLF.
  @Test(arguments: ["\n", "\r\n"])
  func aLeftoverStartingAtACut(_ newline: String) throws {
    let text = Self.text(newline: newline)
    let cuts = Self.cuts(Analyzer.analyze(text))
    let atLeftovers = cuts.filter { text[TextRange(start: $0, end: $0 + 7)] == "[image:" }
    try #require(atLeftovers.count >= 2, "\(atLeftovers.count) of \(cuts.count) cuts before a leftover")
    for cut in [atLeftovers[0], atLeftovers[atLeftovers.count / 2]] {
      let close = try #require(text.bytes[cut...].firstIndex(of: UInt8(ascii: "]")))
      let edits = [
        TextEdit(range: TextRange(emptyAt: cut), newText: "的"),
        TextEdit(range: TextRange(emptyAt: cut), newText: "a"),
        TextEdit(range: TextRange(start: cut, end: cut + 1), newText: ""),
        TextEdit(range: TextRange(start: close, end: close + 1), newText: ""),
        TextEdit(range: TextRange(start: cut - 6, end: cut), newText: "**重点。"),
        TextEdit(range: TextRange(start: cut - 6, end: cut + 1), newText: "**重点。**["),
        TextEdit(range: TextRange(emptyAt: cut - 3), newText: "[image: "),
        TextEdit(range: TextRange(emptyAt: cut - 6), newText: "[image: x"),
      ]
      for edit in edits { FlattenedEditTests.expectFreshAfter(text, edit) }
    }
  }

  /// Typing a character at every cut of the line in turn, each analysis after the one before: the blocks kept after
  /// each edit still start and end at a line start or a sentence end, and the findings are a fresh analysis's.
  @Test func typingAtEveryCutInTurn() throws {
    var analysis = Analyzer.analyze(Self.text(paragraphs: 40))
    for index in Self.cuts(analysis).indices {
      let cut = Self.cuts(analysis)[index]
      analysis = Analyzer.reanalyze(analysis, applying: [TextEdit(range: TextRange(emptyAt: cut), newText: "二")])
      let fresh = Analyzer.analyze(analysis.text)
      #expect(analysis.report == fresh.report)
      #expect(analysis.diagnostics == fresh.diagnostics, "typed at the cut at \(cut)")
    }
  }

  /// Two long lines alike in section 一 of example 002 (each cut into blocks): GJ504 reads each whole, from its
  /// pieces, and finds the second a repeat of the first, with every character counted; typing in either one makes
  /// the finding what a fresh analysis makes.
  @Test(arguments: ["\n", "\r\n"])
  func aLongLineCutIntoBlocksRepeatsAsAWholeLine(_ newline: String) throws {
    let sentence = "本机关通过政府网站𠀀主动公开政府信息，回应社会关切。"
    let line = String(repeating: sentence, count: 120)
    let base = Fixtures.example("002_cf9a8ca2a320709f.txt")
    let grown = base.replacingOccurrences(of: "一、总体情况\n", with: "一、总体情况\n\(line)\n\(line)\n")
    let text = SourceText(grown.replacingOccurrences(of: "\n", with: newline))
    let analysis = Analyzer.analyze(text)
    try #require(Self.cuts(analysis).count >= 4)
    let repeats = analysis.diagnostics.filter { $0.code == RepeatedParagraph.metadata.code }
    let second = FlattenedEditTests.offset(of: line, in: text, occurrence: 1)
    let finding = try #require(repeats.first { $0.range.start == second })
    #expect(finding.range.end == second + line.utf8.count)
    #expect(finding.message.en.contains("\(line.unicodeScalars.count) characters"), "\(finding.message.en)")
    for occurrence in [60, 180] {
      let at = FlattenedEditTests.offset(of: "回应社会关切", in: text, occurrence: occurrence)
      FlattenedEditTests.expectFreshAfter(text, TextEdit(range: TextRange(emptyAt: at), newText: "的"))
    }
  }
}
