import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// A narrative of long lines (paragraphs of a few hundred characters, each with a conversion leftover) is cut into
/// blocks of a few lines, so a character typed in it reads a few kilobytes again, and the leftovers after it (GJ503's
/// findings, moved by a count of bytes) are where a fresh analysis puts them.
@Suite struct LongLineBlocksTests {
  /// Example 002 with section 一 grown by 120 lines of about 700 bytes, each with a `[image: x]` and an astral
  /// character, written with `newline`.
  static func text(newline: String) -> SourceText {
    let line = "𠀀" + String(repeating: "本机关通过政府网站及时公开政府信息，", count: 12) + "[image: x]全年未发生泄密事件。"
    let lines = (0..<120).map { "\($0)" + line }
    let base = Fixtures.example("002_cf9a8ca2a320709f.txt")
    let grown = base.replacingOccurrences(of: "一、总体情况\n", with: "一、总体情况\n" + lines.joined(separator: "\n") + "\n")
    return SourceText(grown.replacingOccurrences(of: "\n", with: newline))
  }

  @Test(arguments: ["\n", "\r\n"])
  func blocksOfLongLinesEndAtTheLineThatReachesTheLimit(_ newline: String) {
    let analysis = Analyzer.analyze(Self.text(newline: newline))
    let text = analysis.text
    for block in analysis.ruleResults.blocks where !block.isEmpty {
      let first = text.line(containing: block.start)
      let last = text.line(containing: block.end - 1)
      #expect(last - first < 32)
      #expect(last == first || text.lineStarts[last] - block.start < 2048, "\(block)")
    }
  }

  @Test(arguments: ["\n", "\r\n"])
  func aCharacterTypedInALongNarrativeReadsAFewBlocksAndMovesTheLeftoversAfterIt(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let body = try #require(before.report.section(1)?.bodyRange)
    let line = before.text.line(containing: body.start) + 60
    let edit = TextEdit(range: TextRange(emptyAt: before.text.lineStarts[line] + 3), newText: "的")
    let after = Analyzer.reanalyze(before, applying: [edit])
    let fresh = Analyzer.analyze(after.text)
    #expect(after.report == fresh.report)
    #expect(after.diagnostics == fresh.diagnostics)
    let leftovers = after.diagnostics.filter { $0.code == ConversionArtifacts.metadata.code }
    #expect(leftovers.count >= 120)
    let inSection = after.ruleResults.blocks.filter { $0.overlaps(body) }.count
    let read = after.ruleResults.regionsRead[TextTableMismatch.metadata.code] ?? 0
    #expect(read >= 1 && read * 4 < inSection, "read \(read) of \(inSection) blocks")
  }
}
