import Foundation
import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct SemanticSpanTests {
  /// Spans are sorted, do not overlap, lie on one line inside the text and on character boundaries, and neither
  /// start nor end with white space.
  private func expectWellFormed(_ spans: [SemanticSpan], text: SourceText) {
    for (first, second) in zip(spans, spans.dropFirst()) {
      #expect(first.range.end <= second.range.start, "\(first) and \(second) overlap or are out of order")
    }
    for span in spans {
      #expect(!span.range.isEmpty && text.isValid(span.range))
      #expect(text.line(containing: span.range.start) == text.line(containing: span.range.end - 1))
      let content = text[span.range]
      #expect(content.trimmingCharacters(in: .whitespacesAndNewlines) == content, "\(content)")
    }
  }

  private func spans(_ kind: SemanticSpan.Kind, in analysis: Analysis) -> [String] {
    Features.semanticSpans(analysis).filter { $0.kind == kind }.map { analysis.text[$0.range] }
  }

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated], ["\n", "\r\n"])
  func builtReports(form: ReportBuilder.Form, lineEnding: String) {
    // No preamble, and section 一 is one line: the only citation and the only date are the astral line's and the
    // signature's.
    let builder = ReportBuilder(form: form).with {
      $0.lineEnding = lineEnding
      $0.preamble = ""
      $0.prose[1] = astralLine
    }
    let analysis = analyze(builder.build())
    expectWellFormed(Features.semanticSpans(analysis), text: analysis.text)
    #expect(spans(.heading, in: analysis).count == 6)
    #expect(spans(.number, in: analysis).count == 10 + 175 + 15)
    #expect(spans(.citation, in: analysis) == ["《条例》第三十六条"])
    #expect(spans(.date, in: analysis) == ["2022年1月20日"])
    #expect(spans(.leftover, in: analysis).isEmpty)
    let labels = spans(.rowLabel, in: analysis)
    #expect(labels.contains("（三）不予公开") && labels.contains("三、本年度办理结果"))
    #expect(labels.contains("3.危及“三安全一稳定”") && labels.contains("第二十条第（一）项"))
    #expect(labels.count == 4 + 6 + 25 + 5)  // clauses, table 二's rows, table 三's rows, groups
    let headers = spans(.columnHeader, in: analysis)
    #expect(headers.starts(with: ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "信息内容", "本年处理决定数量"]))
    #expect(headers.contains("自然人") && headers.contains("法人或其他组织") && headers.contains("未经复议直接起诉"))
    #expect(Features.semanticSpans(analysis).allSatisfy { $0.modifiers.isEmpty })
  }

  @Test func wrongTotalIsMarked() throws {
    let analysis = analyze(ReportBuilder().withoutFigures().setting(.table3, "new", "total", "4").build())
    let wrong = Features.semanticSpans(analysis).filter { $0.modifiers.contains(.wrong) }
    #expect(wrong.map(\.range) == [analysis.table3Cell("new", 6)])
    #expect(wrong.first?.kind == .number)
  }

  @Test func misspeltLabelIsNonstandard() throws {
    let text = ReportBuilder().build().replacingOccurrences(of: "4.保护第三方合法权益", with: "4.保护第三方合法权力")
    let analysis = analyze(text)
    let span = try #require(Features.semanticSpans(analysis).first { analysis.text[$0.range] == "4.保护第三方合法权力" })
    #expect(span.kind == .rowLabel)
    #expect(span.modifiers == [.nonstandard])
  }

  @Test func example000() {
    let analysis = analyzeExample(example("000"))
    let all = Features.semanticSpans(analysis)
    expectWellFormed(all, text: analysis.text)
    #expect(spans(.leftover, in: analysis) == ["[image: 2e5680157276bf03a9961bb33999432]", "[bookmark: _GoBack]"])
    let wrong = all.filter { $0.modifiers.contains(.wrong) }.map(\.range)
    #expect(
      wrong == [
        analysis.table3Cell("new", 6), analysis.table3Cell("public", 6), analysis.table3Cell("outcomeTotal", 0),
      ])
    // A header broken over lines (`自\n然\n人`) is one span per line.
    #expect(spans(.columnHeader, in: analysis).contains("然"))
  }

  @Test func example003MarksTheNonstandardHeading() throws {
    let analysis = analyzeExample(example("003"))
    let all = Features.semanticSpans(analysis)
    expectWellFormed(all, text: analysis.text)
    let heading = try #require(all.first { $0.kind == .heading && analysis.text[$0.range].hasSuffix("政务信息公开总体情况") })
    #expect(heading.modifiers == [.nonstandard])
    #expect(spans(.citation, in: analysis).contains("国办【2019】60号"))
  }

  @Test(arguments: Fixtures.exampleNames)
  func examplesAreWellFormed(name: String) {
    let analysis = analyzeExample(name)
    let all = Features.semanticSpans(analysis)
    expectWellFormed(all, text: analysis.text)
    #expect(all.filter { $0.kind == .heading }.count >= 6)
  }
}
