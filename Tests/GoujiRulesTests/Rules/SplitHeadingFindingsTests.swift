import GoujiAnalysis
import GoujiFormats
import GoujiRules
import GoujiTestSupport
import GoujiText
import Testing

/// Headings split over lines by PDF text in reading order (`一、` / blank / `总体情况`,
/// `inv-2023-spaces.word-pdf-raw`) are the report's headings: no GJ101 for them, GJ103 on both lines where the title
/// is a variant, and the one-line form's findings where the number disagrees; a bare numbering followed by prose is
/// no heading, and its section is missing.
@Suite struct SplitHeadingFindingsTests {
  @Test(arguments: ReportBuilder.Form.allCases)
  func aReportWithEveryHeadingSplitIsClean(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(form: form).with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.prose[6] = "𠀀本机关本年度未收取信息处理费。"
      for number in 1...6 {
        $0.headings[number] = ChineseNumeral.string(number) + "、\n\n" + ReportSections.spec(number)!.title
      }
    }.build()
    checkClean(text)
  }

  @Test func aSplitVariantTitleIsNamedOverBothLines() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.headings[4] = "1️⃣四、\n\n政府信息公开行政复议和行政诉讼情况⏹"
    }.build()
    check(
      text, rule: "GJ103",
      expected: [
        DiagnosticSpec("1️⃣", message: "标题“四、政府信息公开行政复议和行政诉讼情况”是常见写法", severity: .information)
      ])
  }

  @Test func aBareNumberingOverProseLeavesItsSectionMissing() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.headings[1] = "一、\n\n𠀀全年主动公开政府信息52条。"
      $0.headings[2] = "1️⃣二、主动公开政府信息情况"
    }.build()
    check(text, rule: "GJ101", expected: [DiagnosticSpec("1️⃣", message: "缺少第一部分“一、总体情况”")])
  }

  /// A heading whose number disagrees with its title, split after its numbering (`三、` / `总体情况` where section 一
  /// stands), gives the findings of the same heading on one line (`三、总体情况`): where the converter broke the line
  /// changes nothing but the ranges, which cover both lines (the fix's too). No GJ101 for the section the title names.
  @Test(
    arguments: [("三、", "总体情况", "\n\n"), ("三、", "总体情况", "\n"), ("一、", "主动公开政府信息情况", "\n\n")],
    ["\n", "\r\n"])
  func aSplitHeadingWithAWrongNumberHasTheOneLineFindings(_ heading: (String, String, String), _ lineEnding: String)
    throws
  {
    let (numbering, title, gap) = heading
    func report(_ heading: String) -> SourceText {
      SourceText(
        ReportBuilder().with {
          $0.lineEnding = lineEnding
          $0.agency = "𠀀市科学技术局"
          $0.prose[1] = "𠀀本机关认真贯彻条例。"
          $0.headings[1] = heading
        }.build())
    }
    let oneLine = report(numbering + title)
    let split = report(numbering + gap + title)
    let whole = try #require(oneLine.string.range(of: numbering + title))
    // The split text is the one-line text with the gap inserted after the numbering.
    let insertion = oneLine.string[..<whole.lowerBound].utf8.count + numbering.utf8.count
    let delta = split.count - oneLine.count
    #expect(delta == gap.replacingOccurrences(of: "\n", with: lineEnding).utf8.count)
    func moved(_ range: TextRange) -> TextRange {
      TextRange(
        start: range.start < insertion ? range.start : range.start + delta,
        end: range.end <= insertion ? range.end : range.end + delta)
    }
    let expected = Analyzer.analyze(oneLine).diagnostics.map { Compared($0, moving: moved) }
    let actual = Analyzer.analyze(split).diagnostics.map { Compared($0, moving: { $0 }) }
    #expect(actual == expected)
    #expect(!actual.contains { $0.code == "GJ101" && $0.message.zh.contains(title) })
    // The heading's finding covers both lines: from the numbering to the title's end.
    let headingStart = insertion - numbering.utf8.count
    let headingEnd = insertion + delta + title.utf8.count
    #expect(actual.contains { $0.range == TextRange(start: headingStart, end: headingEnd) && $0.code != "GJ101" })
  }

  /// A diagnostic as compared between two texts: its code, severity, message, range, related locations and fixes,
  /// its ranges moved into the other text.
  private struct Compared: Equatable {
    var code: String
    var severity: Severity
    var message: LocalizedText
    var range: TextRange
    var related: [RelatedLocation]
    var fixes: [Fix]

    init(_ diagnostic: Diagnostic, moving move: (TextRange) -> TextRange) {
      (code, severity, message) = (diagnostic.code, diagnostic.severity, diagnostic.message)
      range = move(diagnostic.range)
      related = diagnostic.related.map { RelatedLocation(range: move($0.range), message: $0.message) }
      fixes = diagnostic.fixes.map { fix in
        Fix(
          title: fix.title, isSafe: fix.isSafe,
          edits: fix.edits.map { TextEdit(range: move($0.range), newText: $0.newText) })
      }
    }
  }
}
