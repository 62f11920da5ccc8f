import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// GJ504 reads a block whose lines all repeat earlier ones as a whole (``WholeRun``): a long run of repeated lines
/// goes on over many blocks and chunks. Edits that break such a run and join it again, at a chunk's end and across
/// one, give the runs found line by line (``expectedRuns(in:)``, written here without the shortcut) and the
/// diagnostics of a fresh analysis, with LF and CRLF and an astral character in every line.
@Suite struct RepeatedRunEditTests {
  /// Two paragraphs long enough for GJ504, both with an astral character.
  static let paragraphs = (
    "𠀀本机关通过政府网站和政务新媒体等渠道及时公开政府信息全年未发生泄密事件。",
    "本年度共办理政府信息公开申请并全部按期答复未发生因政府信息公开被纠错的情况𠀀。"
  )

  /// Example 002 with section 一 grown by the two paragraphs and then 700 lines repeating them in turn: some 40
  /// blocks, more than a chunk's 32, each of lines that repeat.
  static func text(newline: String) -> SourceText {
    let lines = (0..<702).map { $0 % 2 == 0 ? paragraphs.0 : paragraphs.1 }
    return BlockPartialsTests.grown(with: lines, newline: newline)
  }

  /// A run of repeated lines: its range, its characters and the earlier text it repeats.
  struct ExpectedRun: Equatable, CustomStringConvertible {
    var range: TextRange
    var characters: Int
    var earlier: TextRange
    var description: String { "\(range) \(characters) ← \(earlier)" }
  }

  /// GJ504's runs in section 一, found line by line: a line of at least 30 characters repeats the first line with
  /// its characters; a line that does not ends the run.
  static func expectedRuns(in analysis: Analysis) throws -> [ExpectedRun] {
    let (text, body) = (analysis.text, try #require(analysis.report.section(1)?.bodyRange))
    var firstLines: [String: TextRange] = [:]
    var runs: [ExpectedRun] = []
    var current: ExpectedRun?
    var line = text.line(containing: body.start)
    while line < text.lineStarts.count, text.lineStarts[line] < body.end {
      let start = max(body.start, text.lineStarts[line])
      let end = line + 1 < text.lineStarts.count ? min(body.end, text.lineStarts[line + 1]) : body.end
      let content = String(text[TextRange(start: start, end: end)].unicodeScalars.prefix { $0 != "\r" && $0 != "\n" })
      line += 1
      guard !content.isEmpty else { continue }
      let source = TextRange(start: start, end: start + content.utf8.count)
      let characters = content.unicodeScalars.count
      guard characters >= 30, let copy = firstLines[content] else {
        if characters >= 30 { firstLines[content] = source }
        if let run = current { runs.append(run) }
        current = nil
        continue
      }
      if var run = current {
        run.range = TextRange(start: run.range.start, end: source.end)
        run.characters += characters
        run.earlier = TextRange(start: run.earlier.start, end: max(run.earlier.end, copy.end))
        current = run
      } else {
        current = ExpectedRun(range: source, characters: characters, earlier: copy)
      }
    }
    if let run = current { runs.append(run) }
    return runs
  }

  /// GJ504's diagnostics in section 一 as runs.
  static func runs(in analysis: Analysis) throws -> [ExpectedRun] {
    let body = try #require(analysis.report.section(1)?.bodyRange)
    return try analysis.diagnostics.filter {
      $0.code == RepeatedParagraph.metadata.code && body.contains($0.range.start)
    }
    .map { diagnostic in
      let characters = try #require(diagnostic.message.zh.split(separator: "，").last?.prefix { $0.isNumber })
      return ExpectedRun(
        range: diagnostic.range, characters: try #require(Int(characters)),
        earlier: try #require(diagnostic.related.first?.range))
    }
  }

  /// Re-analyses `before` after `edit` and expects a fresh analysis's diagnostics, the runs found line by line and
  /// `count` of them in section 一.
  static func expectRuns(_ before: Analysis, _ edit: TextEdit, count: Int) throws -> Analysis {
    let after = Analyzer.reanalyze(before, applying: [edit])
    #expect(after.diagnostics == Analyzer.analyze(after.text).diagnostics, "\(edit.range) → «\(edit.newText)»")
    let runs = try Self.runs(in: after)
    #expect(runs == (try Self.expectedRuns(in: after)), "\(edit.range) → «\(edit.newText)»")
    #expect(runs.count == count, "\(runs)")
    return after
  }

  /// The start of block `index` of section 一's body.
  static func blockStart(_ index: Int, in analysis: Analysis) throws -> Int {
    let body = try #require(analysis.report.section(1)?.bodyRange)
    let blocks = analysis.ruleResults.sentenceBlocks.filter { body.contains($0.start) }
    #expect(blocks.count > 34, "\(blocks.count) blocks")
    return blocks[index].start
  }

  @Test(arguments: ["\n", "\r\n"])
  func aRunBrokenAtAChunkEndAndJoinedAgain(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    #expect(try Self.runs(in: before) == (try Self.expectedRuns(in: before)))
    #expect(try Self.runs(in: before).count == 1)
    // The first line of the chunk's last block and of the next chunk's first: a line of its own breaks the run.
    let chunkEnd = try Self.blockStart(32, in: before)
    let opening = before.text.scalarBoundary(atOrBefore: chunkEnd + 4) - chunkEnd
    let character = before.text[TextRange(start: chunkEnd, end: chunkEnd + opening)]
    #expect(character == "𠀀" || character == "本")
    let typed = TextEdit(range: TextRange(start: chunkEnd, end: chunkEnd + opening), newText: "该")
    let broken = try Self.expectRuns(before, typed, count: 2)
    let back = TextEdit(range: TextRange(start: chunkEnd, end: chunkEnd + 3), newText: character)
    let joined = try Self.expectRuns(broken, back, count: 1)
    #expect(joined.text == before.text)
    // A short line at the start of the last block of the first chunk.
    let lastBlock = try Self.blockStart(31, in: joined)
    let shortLine = "短。" + newline
    let short = try Self.expectRuns(
      joined, TextEdit(range: TextRange(emptyAt: lastBlock), newText: shortLine), count: 2)
    let removed = TextEdit(range: TextRange(start: lastBlock, end: lastBlock + shortLine.utf8.count), newText: "")
    #expect(try Self.expectRuns(short, removed, count: 1).text == before.text)
  }

  @Test(arguments: ["\n", "\r\n"])
  func aNewParagraphRepeatedAcrossTheChunkEnd(_ newline: String) throws {
    let before = Analyzer.analyze(Self.text(newline: newline))
    let new = "该机关全年开展政府信息公开培训三次并组织检查评估工作共计两次𠀀。" + newline
    // Its first copy in the first chunk breaks the run; a copy in the second chunk repeats it, so the run goes on.
    let first = try Self.blockStart(20, in: before)
    let once = try Self.expectRuns(before, TextEdit(range: TextRange(emptyAt: first), newText: new), count: 2)
    let second = try Self.blockStart(34, in: once)
    let twice = try Self.expectRuns(once, TextEdit(range: TextRange(emptyAt: second), newText: new), count: 2)
    // Deleted across the chunk end, from the middle of a line to the middle of another: the joined line breaks it.
    let from = twice.text.scalarBoundary(atOrBefore: try Self.blockStart(31, in: twice) + 10)
    let to = twice.text.scalarBoundary(atOrBefore: try Self.blockStart(33, in: twice) + 20)
    _ = try Self.expectRuns(twice, TextEdit(range: TextRange(start: from, end: to), newText: ""), count: 3)
  }

  @Test(arguments: [UInt64(43), 44])
  func randomEditsEqualFreshAnalyses(_ seed: UInt64) {
    let newline = seed == 44 ? "\r\n" : "\n"
    let pool = [Self.paragraphs.0 + newline, Self.paragraphs.1, "该", newline, "𠀀", "短。" + newline]
    SectionEditWalk.run(from: Analyzer.analyze(Self.text(newline: newline)), pool: pool, maximumLength: 300, seed: seed)
  }
}
