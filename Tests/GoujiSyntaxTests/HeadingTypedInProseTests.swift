import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// A line of a section's prose rewritten, without a line end typed, into a heading's words, with the section's own
/// number, another section's, or as a part (`第二部分`): the re-read report is the one a fresh read gives (a heading
/// the line-by-line check did not look for would otherwise stay prose until the next full read).
@Suite struct HeadingTypedInProseTests {
  static let headings = [
    "三、主动公开政府信息情况", "二、总体情况", "五、其他需要报告的事项", "第二部分 主动公开政府信息情况",
    "四、收到和处理政府信息公开申请情况", "六、存在的主要问题及改进情况", "二、主动公开政府信息情况𠀀",
  ]

  @Test(arguments: Fixtures.exampleNames)
  func rereadEqualsAFreshRead(_ name: String) {
    let text = SourceText(Fixtures.example(name))
    let report = ReportReader.read(text)
    var differing: [String] = []
    var tried = 0
    for section in report.sections where section.number == 1 || section.number == 5 {
      let firstLine = text.line(containing: section.bodyRange.start) + 1
      for line in firstLine..<min(firstLine + 3, text.lineCount) {
        let content = text.lineContentRange(line)
        guard content.end <= section.bodyRange.end, !content.isEmpty else { continue }
        for heading in Self.headings {
          let edit = TextEdit(range: content, newText: heading)
          tried += 1
          let reread = ReportReader.reread(report, after: edit)
          if reread != ReportReader.read(text.applyingSequentially([edit])) { differing.append("\(line): \(heading)") }
        }
      }
    }
    #expect(tried >= Self.headings.count)
    #expect(differing.isEmpty, "\(name)")
  }
}
