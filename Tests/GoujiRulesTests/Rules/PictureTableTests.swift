import GoujiAnalysis
import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

/// A table published as a picture (`inv-2023-images`): where the text keeps the picture's trace in the table's place,
/// the table is unread (GJ308, a warning at the trace), not missing (GJ301, an error); where nothing is kept, GJ301.
@Suite struct PictureTableTests {
  /// The traces the forms of `inv-2023-images` keep (markdownify and html2text, lynx, w3m, pandoc) and pandoc's for
  /// a Word document's picture.
  static let traces = [
    "![](/uploads/2024/01/W02024012031234.png)", "[W02024012031234.png]", "[W020240120]", "[]",
    "[image: 表三.png]",
  ]

  /// A report whose table 三 is `trace`, with CRLF line endings and an astral character in the prose around it.
  static func report(_ trace: String) -> String {
    ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.omittedTables = [.table3]
      $0.prose[2] = "𠀀𠀀"
      $0.prose[3] = "𠀀本部分统计表如下：\n\n1️⃣\(trace)⏹"
    }.build()
  }

  @Test(arguments: traces)
  func aPictureTraceIsAnUnreadTableAtTheTrace(_ trace: String) {
    let text = Self.report(trace)
    check(
      text, rule: "GJ308",
      expected: [
        DiagnosticSpec(
          "1️⃣", message: "第三部分的统计表是一张图片，文本中只有图片的痕迹，没有表格的文字：本表无法读取，不做核对；请对照原文核对表中数值",
          severity: .warning
        )
      ])
    checkClean(text, rule: "GJ301")
  }

  @Test func theMessageIsInEnglishToo() {
    let analysis = Analyzer.analyze(SourceText(MarkedText(Self.report("[]")).text))
    let warning = analysis.diagnostics.first { $0.code == "GJ308" }
    #expect(
      warning?.message.en == "Section 3's table is a picture: the text holds only the picture's trace, none of "
        + "the table's text, so the table cannot be read or checked; check its values against the original")
  }

  // MARK: Near misses

  @Test(arguments: ["本部分见附图[]。", "[1]", "[附件.pdf]", "![](", "[W0表三]"])
  func textThatIsNoPictureTraceLeavesTheTableMissing(_ prose: String) {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.omittedTables = [.table3]
      $0.headings[3] = "1️⃣三、收到和处理政府信息公开申请情况"
      $0.prose[3] = "𠀀" + prose
    }.build()
    check(text, rule: "GJ301", expected: [DiagnosticSpec("1️⃣")])
    checkClean(text, rule: "GJ308")
  }

  @Test func aPictureBesideAReadTableChangesNothing() {
    let text = ReportBuilder().with { $0.prose[3] = "[]" }.build()
    checkClean(text, rule: "GJ301")
    checkClean(text, rule: "GJ308")
  }
}
