import GoujiText
import Testing

@testable import GoujiSyntax

/// The report's stray headings are kept compactly (``StrayHeadings``: ranges and line as `UInt32`s, the titles' UTF-8
/// in one buffer) and each reads back as the ``SectionHeading`` that was kept.
@Suite struct StrayHeadingsTests {
  /// Headings of every kind: a CJK title, an astral character's, an empty one, numbered as parts with and without a
  /// separator, an uncertain end, a title longer than a `String` keeps inline.
  static let headings: [SectionHeading] = {
    func heading(_ number: Int, _ title: String, at start: Int, line: Int, numbering: HeadingNumbering = .enumerated)
      -> SectionHeading
    {
      let end = start + 3 + title.utf8.count
      return SectionHeading(
        number: number, title: title, range: TextRange(start: start, end: end),
        numberRange: TextRange(start: start, end: start + 3), titleRange: TextRange(start: start + 3, end: end),
        line: line, numbering: numbering)
    }
    var uncertain = heading(5, "存在的主要问题及改进情况今年", at: 400, line: 9)
    uncertain.hasUncertainEnd = true
    return [
      heading(1, "总体情况", at: 0, line: 0), heading(2, "x𠀀", at: 20, line: 1), heading(3, "", at: 40, line: 3),
      heading(4, "概述", at: 60, line: 4, numbering: .part(hasSeparator: true)),
      heading(6, "其他需要报告的事项", at: 90, line: 6, numbering: .part(hasSeparator: false)), uncertain,
      heading(99, "政府信息公开工作年度报告附件一览表", at: Int(UInt32.max) - 60, line: Int(UInt32.max)),
    ]
  }()

  @Test func everyHeadingReadsBackAsKept() {
    var stray = StrayHeadings(reservingCapacity: Self.headings.count, titleBytes: 0)
    for heading in Self.headings { stray.append(heading) }
    #expect(Array(stray) == Self.headings)
    #expect(stray.indices.map { stray.range(at: $0) } == Self.headings.map(\.range))
    #expect(stray.indices.map { stray.line(at: $0) } == Self.headings.map(\.line))
    #expect(
      stray.indices.map { stray.ranges(at: $0) } == Self.headings.map { [$0.range, $0.numberRange, $0.titleRange] })
  }

  /// Moving a heading's ranges or line changes those only: its title and the other headings stay as kept.
  @Test func movingAHeadingKeepsItsTitle() {
    var stray = StrayHeadings()
    for heading in Self.headings { stray.append(heading) }
    let moved = [TextRange(start: 7, end: 9), TextRange(start: 7, end: 8), TextRange(start: 8, end: 9)]
    stray.setRanges(moved, at: 1)
    stray.setLine(12, at: 1)
    var expected = Self.headings
    (expected[1].range, expected[1].numberRange, expected[1].titleRange, expected[1].line) =
      (moved[0], moved[1], moved[2], 12)
    #expect(Array(stray) == expected)
  }

  /// Read from a text with CRLF line ends and an astral character, the stray headings are those a reading finds,
  /// with their titles, ranges and lines; equal readings keep equal storage.
  @Test func aReadingKeepsItsStrayHeadings() {
    let text = "一、总体情况\r\n𠀀\r\n三、x𠀀\r\n一、y𠀀\n"
    let report = ReportReader.read(SourceText(text))
    #expect(report.strayHeadings.map(\.title) == ["x𠀀", "y𠀀"])
    #expect(report.strayHeadings.map(\.line) == [2, 3])
    #expect(report.strayHeadings.map(\.range) == [TextRange(start: 26, end: 37), TextRange(start: 39, end: 50)])
    #expect(report.strayHeadings.map(\.titleRange) == [TextRange(start: 32, end: 37), TextRange(start: 45, end: 50)])
    #expect(ReportReader.read(SourceText(text)).strayHeadings == report.strayHeadings)
  }
}
