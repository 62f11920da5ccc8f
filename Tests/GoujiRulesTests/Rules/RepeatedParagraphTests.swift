import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiRules

@Suite struct RepeatedParagraphTests {
  private let paragraph = "本机关通过政府网站、政务新媒体等渠道及时公开政府信息，全年未发生泄密事件，公开工作规范有序。"

  @Test func paragraphWrittenTwiceIsReportedAtTheSecondCopy() throws {
    let text = ReportBuilder().with {
      $0.prose[5] = "2️⃣\(paragraph)"
      $0.prose[6] = "本机关本年度未收取信息处理费。\n1️⃣\(paragraph)⏹"
    }.build()
    let analysis = check(
      text, rule: "GJ504",
      expected: [
        DiagnosticSpec("1️⃣", message: "这段文字（“本机关通过政府网站、政务新媒体等…”，\(paragraph.count)字）与前文完全相同", severity: .information)
      ])
    let diagnostic = try #require(analysis.diagnostics.first)
    #expect(diagnostic.related.map(\.range.start) == [MarkedText(text).offset("2️⃣")])
    #expect(
      diagnostic.message.en
        == "This text (“本机关通过政府网站、政务新媒体等…”, \(paragraph.count) characters) repeats earlier text word for word")
  }

  /// Every line of prose has a ``ProseLine`` kept between runs (a text of `一、x` lines has one a line): 24 bytes, its
  /// range kept whole up to the largest text the front ends accept.
  @Test func aLineOfProseIsKeptIn24Bytes() {
    #expect(MemoryLayout<ProseLine>.stride <= 24)
    let range = TextRange(start: Int(UInt32.max) - 1, end: Int(UInt32.max))
    #expect(ProseLine(key: nil, source: range, cut: .after).source == range)
  }

  @Test func consecutiveRepeatedLinesAreOneFinding() {
    let second = "一是加强业务培训，提高信息公开工作人员的业务水平；二是丰富解读形式，提升政策解读质量。"
    let text = ReportBuilder().with {
      $0.prose[5] = "\(paragraph)\n\n\(second)"
      $0.prose[6] = "1️⃣\(paragraph)\n\n\(second)⏹"
    }.build()
    check(text, rule: "GJ504", expected: [DiagnosticSpec("1️⃣", message: "\(paragraph.count + second.count)字")])
  }

  @Test func copiesDifferingOnlyInSpacesAndCharacterFormsAreRepeats() {
    let kangxi = paragraph.replacingOccurrences(of: "工", with: "\u{2F2F}").replacingOccurrences(of: "，", with: "， ")
    let text = ReportBuilder().with {
      $0.prose[5] = paragraph
      $0.prose[6] = "1️⃣\(kangxi)"
    }.build()
    check(text, rule: "GJ504", expected: [DiagnosticSpec("1️⃣")])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() throws {
    let astral = "𠀀" + paragraph
    let marked = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[5] = astral
      $0.prose[6] = "𠀀无。\n1️⃣\(astral)⏹"
    }.build()
    check(marked, rule: "GJ504", expected: [DiagnosticSpec("1️⃣")])
  }

  /// Thousands of distinct lines fill the table of first lines, so probes pass many slots: a line written three
  /// times is compared with its first copy each time, and a line written once is never a repeat.
  @Test func repeatsAmongThousandsOfLinesPointAtTheFirstCopy() throws {
    let lines = (0..<3000).map { "第\($0)项：\(paragraph)" }
    let marked = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[1] = lines.joined(separator: "\n") + "\n𠀀\(lines[7])"
      $0.prose[6] = "1️⃣\(lines[2999])⏹\n无。\n3️⃣\(lines[7])⏹\n无。\n4️⃣\(lines[1500])⏹\n无。\n5️⃣\(lines[7])⏹"
    }.build()
    let analysis = check(marked, rule: "GJ504", expected: ["1️⃣", "3️⃣", "4️⃣", "5️⃣"].map { DiagnosticSpec($0) })
    let text = MarkedText(marked).text
    let firstCopies = try [2999, 7, 1500, 7].map { index in
      let found = try #require(text.range(of: lines[index]))
      return text.utf8.distance(from: text.startIndex, to: found.lowerBound)
    }
    #expect(analysis.diagnostics.map { $0.related.map(\.range.start) } == firstCopies.map { [$0] })
  }

  // MARK: Near misses

  @Test func shortLinesAndDifferentParagraphsAreNotReported() {
    let text = ReportBuilder().with {
      $0.prose[5] = "无。\n（一）存在的主要问题\n\(paragraph)"
      $0.prose[6] = "无。\n（一）存在的主要问题\n\(paragraph.dropLast())，下一步继续保持。"
    }.build()
    checkClean(text, rule: "GJ504")
  }

  @Test func tablesAreNotCompared() {
    // Table 三's rows repeat their values; the builder's tables are never prose.
    checkClean(ReportBuilder().build(), rule: "GJ504")
  }

  @Test func examplesOtherThan003AreSilent() {
    for name in Fixtures.exampleNames where !name.hasPrefix("003") { checkClean(Fixtures.example(name), rule: "GJ504") }
  }
}
