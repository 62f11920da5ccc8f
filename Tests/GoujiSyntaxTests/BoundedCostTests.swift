import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// The faster lookups behind bounded reading cost give the answers of the plain scans they replace.
@Suite struct BoundedCostTests {
  /// Binary-searched leftovers answer as a scan over every range does, overlapping and empty ranges included.
  @Test func excludedRangesAnswerAsAScanDoes() {
    var random = SeededGenerator(seed: 10)
    for _ in 0..<200 {
      let ranges = (0..<Int.random(in: 0...12, using: &random)).map { _ in
        let start = Int.random(in: 0...60, using: &random)
        return TextRange(start: start, end: start + Int.random(in: 0...15, using: &random))
      }
      let excluded = ExcludedRanges(ranges)
      for offset in 0...80 {
        let containing = ranges.filter { $0.contains(offset) }
        #expect(excluded.contains(offset) == !containing.isEmpty)
        // Skipping to the returned end passes only excluded offsets.
        if let end = excluded.end(ofStretchAt: offset) {
          #expect((offset..<end).allSatisfy { point in ranges.contains { $0.contains(point) } })
          #expect(end == containing.map(\.end).max())
        }
        let range = TextRange(start: offset, end: offset + Int.random(in: 0...10, using: &random))
        #expect(excluded.covers(range) == ranges.contains { $0.start <= range.start && $0.end >= range.end })
        // GJ504's question: does a (non-empty) line of prose share a character with page furniture?
        #expect(excluded.intersects(range) == ranges.contains { $0.start < range.end && $0.end > range.start })
      }
    }
  }

  /// The per-order longest run picks the same occurrences as the quadratic dynamic programme, ties included.
  @Test func longestIncreasingRunMatchesTheQuadraticOne() {
    var random = SeededGenerator(seed: 8)
    for _ in 0..<300 {
      let orders = (0..<Int.random(in: 0...40, using: &random)).map { _ in
        Int.random(in: 0...9, using: &random) == 0 ? nil : Int.random(in: 0...8, using: &random)
      }
      let occurrences = orders.indices.map { index in
        LabelOccurrence(
          patternIndex: index, id: .row("\(index)"), normalizedRange: index..<index, range: .init(emptyAt: index))
      }
      let run = occurrences.longestIncreasingRun { orders[$0.patternIndex] }
      #expect(run.map(\.patternIndex) == quadraticRun(orders))
    }
  }

  /// A table 三 row label followed by a long run of digits is not a heading; a heading followed by long text is.
  @Test func longLinesAreHeadingsByTheirStart() {
    let digits = String(repeating: "1", count: 5000)
    let prose = String(repeating: "本机关依法公开政府信息", count: 100)
    let text = "一、总体情况\(prose)\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\(digits)\n"
    let report = ReportReader.read(SourceText(text))
    #expect(report.sections.map(\.number) == [1, 3])
  }

  /// A text of top-level headings has a stray heading a line: they are kept in storage of their number, not in an
  /// array grown by appending (up to twice their number), and section 一 is still read.
  @Test func strayHeadingsAreKeptWithoutRoomToGrow() {
    let text = "一、总体情况\r\n" + String(repeating: "一、x𠀀\n", count: 2_100) + "一、最后\r\n"
    let report = ReportReader.read(SourceText(text))
    #expect(report.sections.map(\.number) == [1])
    #expect(report.strayHeadings.count == 2_101)
    #expect(report.strayHeadings.map(\.title).prefix(2) == ["x𠀀", "x𠀀"])
    #expect(report.strayHeadings.capacity < report.strayHeadings.count + 8)
  }

  /// A heading is kept in 48 bytes (it took 88 with `Int` offsets): a text of `一、x` lines holds one a line, as the
  /// section reader's candidate and then as the report's stray heading.
  @Test func aHeadingIsKeptIn48Bytes() {
    #expect(MemoryLayout<SectionHeading>.stride <= 48)
    var heading = ReportReader.read(SourceText("一、总体情况\r\n𠀀\n二、x\n一、y\n")).strayHeadings[0]
    #expect((heading.number, heading.title, heading.line) == (1, "y", 3))
    #expect(
      (heading.range, heading.numberRange, heading.titleRange) == (
        TextRange(start: 33, end: 40), TextRange(start: 33, end: 36), TextRange(start: 39, end: 40)
      ))
    heading.range = TextRange(start: Int(UInt32.max) - 1, end: Int(UInt32.max))
    #expect(heading.range == TextRange(start: Int(UInt32.max) - 1, end: Int(UInt32.max)))
  }

  /// A heading candidate keeps its topic in a byte: 56 bytes a candidate (64 with an `Int?`), every one of a text of
  /// `一、x` lines kept while the stray headings are copied out of them; the topic reads back as set.
  @Test func aCandidateKeepsItsTopicInAByte() {
    #expect(MemoryLayout<SectionReader.Candidate>.stride <= 56)
    let heading = ReportReader.read(SourceText("一、总体情况\r\n𠀀\n")).sections[0].heading
    var candidate = SectionReader.Candidate(heading: heading, topic: nil, match: .differs)
    #expect(candidate.topic == nil)
    for topic in 1...6 {
      candidate.topic = topic
      #expect(candidate.topic == topic)
      #expect(SectionReader.Candidate(heading: heading, topic: topic, match: .canonical).topic == topic)
    }
    candidate.topic = nil
    #expect(candidate.topic == nil && candidate.heading == heading)
  }

  /// The inline heading search views a text of headings without any section's wording a few lines at a time and
  /// finds nothing, never viewing it whole; a heading's wording after more than a view's lines of them (LF and
  /// CRLF, after 𠀀 and a Kangxi radical folded to `一`) is still found, inside a line as before.
  @Test func inlineHeadingsAreLookedForInPartsFirst() throws {
    for lineEnd in ["\n", "\r\n"] {
      let headings = String(repeating: "五、x" + lineEnd, count: 20_000)
      var text = SourceText(headings)
      #expect(
        !SectionReader.mayHoldInlineHeading(
          text, lines: LineInfos(text), numbers: [1, 2, 3, 4, 5, 6], end: text.count
        ))
      text = SourceText(headings + "𠀀前言。⼀、总体情况本机关……" + lineEnd + "二、x" + lineEnd)
      #expect(SectionReader.mayHoldInlineHeading(text, lines: LineInfos(text), numbers: [1], end: text.count))
      let section = try #require(ReportReader.read(text).sections.first)
      #expect((section.number, section.heading.line, section.heading.title) == (1, 20_000, "总体情况"))
    }
  }

  /// The reference: for each occurrence, the longest run ending there extends the earliest longest earlier run.
  private func quadraticRun(_ orders: [Int?]) -> [Int] {
    let ranked = orders.indices.compactMap { index in orders[index].map { (index, $0) } }
    guard !ranked.isEmpty else { return [] }
    var length = [Int](repeating: 1, count: ranked.count)
    var previous = [Int](repeating: -1, count: ranked.count)
    for current in ranked.indices {
      for earlier in 0..<current where ranked[earlier].1 < ranked[current].1 && length[earlier] + 1 > length[current] {
        length[current] = length[earlier] + 1
        previous[current] = earlier
      }
    }
    var best = length.indices.max { length[$0] < length[$1] || (length[$0] == length[$1] && $0 > $1) }!
    var result: [Int] = []
    while best >= 0 {
      result.append(ranked[best].0)
      best = previous[best]
    }
    return result.reversed()
  }
}
