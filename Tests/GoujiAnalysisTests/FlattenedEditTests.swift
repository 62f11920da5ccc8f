import Foundation
import GoujiAnalysis
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Edits in flattened text (the body on a few long lines, a heading inside them): an edit inside a section's
/// narrative or inside a table, away from any heading, is read again in its part of the line only, and every edit,
/// read in part or in full, gives exactly the analysis of the edited text read afresh (report and diagnostics).
@Suite struct FlattenedEditTests {
  /// Example 002 flattened, with section 一 grown by `paragraphs` paragraphs on the heading's line (as the benchmark
  /// grows it), each with a leftover, a CJK run and an astral character, its lines ended by `newline`.
  static func text(paragraphs: Int = 40, newline: String = "\n") -> SourceText {
    let base = Fixtures.fixture("GoujiSyntaxTests", "forms/002_cf9a8ca2a320709f.flattened.txt")
    let paragraph = "[image: 2e5680157276]本局通过政府网站、微信公众号等渠道主动公开政府信息𠀀，回应社会关切。"
    let grown = base.replacingOccurrences(of: "、总体情况", with: "、总体情况" + String(repeating: paragraph, count: paragraphs))
    return SourceText(grown.replacingOccurrences(of: "\n", with: newline))
  }

  /// The offset of the `occurrence`-th (from 0) `needle` in `text`, or of its end with `atEnd`.
  static func offset(of needle: String, in text: SourceText, occurrence: Int = 0, atEnd: Bool = false) -> Int {
    var from = text.string.startIndex
    var found = from..<from
    for _ in 0...occurrence {
      guard let range = text.string.range(of: needle, range: from..<text.string.endIndex) else { return 0 }
      (found, from) = (range, range.upperBound)
    }
    return text.string.utf8.distance(from: text.string.startIndex, to: atEnd ? found.upperBound : found.lowerBound)
  }

  /// Re-analyses `text` after `edit` and expects exactly a fresh analysis; whether the reader read one section only.
  @discardableResult
  static func expectFreshAfter(_ text: SourceText, _ edit: TextEdit) -> Bool {
    let before = Analyzer.analyze(text)
    let partly = ReportReader.rereadsOnlyOneSection(before.report, after: edit)
    let after = Analyzer.reanalyze(before, applying: [edit])
    let fresh = Analyzer.analyze(after.text)
    #expect(after.report == fresh.report, "\(edit.range) → «\(edit.newText)»")
    #expect(after.diagnostics == fresh.diagnostics, "\(edit.range) → «\(edit.newText)»")
    return partly
  }

  /// Typing the colon that makes `附件…年度报告` inside section 六's line an appendix, or deleting it (round
  /// "unseen8", `ReportReader.inlineAppendixStart`), reads the whole text again, as a fresh read does.
  @Test(arguments: [false, true])
  func typingAnAppendixMarkInsideTheClosingSectionsLine(_ deleting: Bool) {
    let annex = "无其它需要报告的事项。附件" + (deleting ? "：" : "") + "某某中心2024年政府信息公开工作年度报告一、总体情况无。"
    let text = SourceText(Self.text(paragraphs: 2).string.replacingOccurrences(of: "无其它需要报告的事项。", with: annex))
    let at = Self.offset(of: "附件", in: text) + "附件".utf8.count
    let edit = TextEdit(range: TextRange(start: at, end: at + (deleting ? 3 : 0)), newText: deleting ? "" : "：")
    #expect(!Self.expectFreshAfter(text, edit))
  }

  @Test(arguments: ["\n", "\r\n"], ["的", "𠀀", "，回应", ""])
  func typingInTheNarrativeRereadsItsPartOfTheLine(_ newline: String, _ typed: String) {
    let text = Self.text(newline: newline)
    let at = Self.offset(of: "回应社会关切", in: text, occurrence: 20)
    let range = typed.isEmpty ? TextRange(start: at, end: at + 3) : TextRange(emptyAt: at)
    #expect(Self.expectFreshAfter(text, TextEdit(range: range, newText: typed)))
  }

  /// The whole report on one line, the title at its start: typing in the narrative after the title reads a part of
  /// the line (the title's line was described with the old text's offsets, out of the new text's range).
  @Test func typingOnTheTitlesLine() throws {
    let lines = Self.text().string.split(separator: "\n")
    let text = SourceText(lines.joined() + "\n")
    let report = ReportReader.read(text)
    let title = try #require(report.title)
    let body = try #require(report.section(1)).bodyRange
    #expect(text.line(containing: title.range.end) == text.line(containing: body.end))
    let at = Self.offset(of: "回应社会关切", in: text, occurrence: 20)
    #expect(Self.expectFreshAfter(text, TextEdit(range: TextRange(emptyAt: at), newText: "的")))
  }

  @Test(arguments: ["\n", "\r\n"])
  func aDigitChangedInTableThreeRereadsThatSection(_ newline: String) throws {
    let text = Self.text(newline: newline)
    let report = ReportReader.read(text)
    let cell = try #require(report.table3?.rows.flatMap(\.cells).first { $0.state == .written && $0.text.count == 1 })
    let heading = try #require(report.section(3)).heading
    #expect(text.line(containing: cell.range.start) == text.line(containing: heading.range.start))
    #expect(Self.expectFreshAfter(text, TextEdit(range: cell.range, newText: cell.text == "7" ? "8" : "7")))
  }

  /// Edits at a section's heading, across one, or that write one: read in full, and equal to a fresh reading.
  @Test(arguments: ["\n", "\r\n"])
  func editsThatMayChangeTheStructureAreReadInFull(_ newline: String) {
    let text = Self.text(newline: newline)
    let third = Self.offset(of: "三、收到和处理", in: text)
    let narrative = Self.offset(of: "回应社会关切", in: text, occurrence: 10)
    let edits = [
      TextEdit(range: TextRange(emptyAt: third), newText: "十"),
      TextEdit(range: TextRange(emptyAt: Self.offset(of: "、总体情况", in: text, atEnd: true)), newText: "工作"),
      TextEdit(range: TextRange(start: third - 30, end: third + 12), newText: ""),
      TextEdit(range: TextRange(emptyAt: narrative), newText: "四、政府信息公开行政复议、行政诉讼情况"),
      TextEdit(range: TextRange(emptyAt: narrative), newText: "四、本机关行政复议"),
      TextEdit(range: TextRange(emptyAt: narrative), newText: "2022年度报告"),
    ]
    for edit in edits {
      let partly = Self.expectFreshAfter(text, edit)
      #expect(!partly, "\(edit.newText)")
    }
  }

  /// Line ends typed, deleted or split, and TABs: the line's facts change, so the whole text is read; a character
  /// typed at either end of the long line's content, beside its CR LF, too.
  @Test(arguments: ["\n", "\r\n"])
  func editsAtTheLinesEnds(_ newline: String) {
    let text = Self.text(newline: newline)
    let line = text.line(containing: Self.offset(of: "回应社会关切", in: text))
    let content = text.lineContentRange(line)
    let middle = Self.offset(of: "回应社会关切", in: text, occurrence: 5)
    let edits = [
      TextEdit(range: TextRange(emptyAt: middle), newText: "\r\n"),
      TextEdit(range: TextRange(emptyAt: middle), newText: "\t"),
      TextEdit(range: TextRange(emptyAt: content.end), newText: "的"),
      TextEdit(range: TextRange(start: content.end - 3, end: text.lineRange(line).end), newText: "。"),
      TextEdit(range: TextRange(emptyAt: content.start), newText: "的"),
    ]
    for edit in edits { Self.expectFreshAfter(text, edit) }
  }

  /// The other four flattened examples: a character typed every 97 bytes, each on the analysis before it; some of
  /// them read in part.
  @Test func typingThroughTheFlattenedExamples() {
    var partly: [String: Int] = [:]
    for name in ["000_212ac920282683c5", "001_787e7c90b6bc98b9", "003_5e13778fbfad6663", "004_b1d7aab7bdee8be9"] {
      var analysis = Analyzer.analyze(SourceText(Fixtures.fixture("GoujiSyntaxTests", "forms/\(name).flattened.txt")))
      var offset = 0
      while offset < analysis.text.count {
        let at = analysis.text.scalarBoundary(atOrBefore: offset)
        let edit = TextEdit(range: TextRange(emptyAt: at), newText: offset % 2 == 0 ? "的" : "𠀀")
        if ReportReader.rereadsOnlyOneSection(analysis.report, after: edit) { partly[name, default: 0] += 1 }
        analysis = Analyzer.reanalyze(analysis, applying: [edit])
        offset += 97
      }
      let fresh = Analyzer.analyze(analysis.text)
      #expect(analysis.report == fresh.report, "\(name)")
      #expect(analysis.diagnostics == fresh.diagnostics, "\(name)")
    }
    #expect(partly.values.reduce(0, +) >= 20, "\(partly)")
  }
}
