import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

/// Table 四's header written as one row of 15 sub-headers, each cut by its narrow column (`inv-2022-late2019`,
/// Chromium's PDF: `结果维 结果纠 其他结 尚未审 总` / `持 正 果 结 计`, no 行政复议 or 行政诉讼 above). Joined back, the
/// table is read and checked; not joined, it is there but unread: GJ308 at its numbers, never GJ301 (an error).
/// Prose that names 行政复议 with a number, with no table, stays GJ301.
@Suite struct CutHeaderTableTests {
  static let firstLine = ["结果维", "结果纠", "其他结", "尚未审", "总"]
  static let secondLine = ["持", "正", "果", "结", "计"]

  /// The two lines of fragments, each group of five three times (`short`: the second line's last fragment lost).
  static func header(short: Bool = false) -> String {
    let second = Array(Array(repeating: secondLine, count: 3).joined())
    return Array(repeating: firstLine, count: 3).joined().joined(separator: " ") + "\n"
      + (short ? second.dropLast() : second[...]).joined(separator: " ")
  }

  /// A report whose section 四 is `body` instead of its table, with CRLF and `𠀀` in the prose around it.
  static func report(_ body: String, form: ReportBuilder.Form = .cellPerLine) -> String {
    ReportBuilder(form: form).with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.omittedTables = [.table4]
      $0.headings[4] = "4️⃣四、政府信息公开行政复议、行政诉讼情况"
      $0.prose[4] = "𠀀本机关有关情况如下：\n" + body
      $0.prose[5] = "𠀀𠀀"
    }.build()
  }

  @Test(arguments: ReportBuilder.Form.allCases)
  func aJoinedHeaderIsReadAndChecked(_ form: ReportBuilder.Form) {
    let text = Self.report(Self.header() + "\n4 0 0 0 4 0 0 4 1 5 8 9 0 9 1️⃣27", form: form)
    check(text, rule: "GJ314", expected: [DiagnosticSpec("1️⃣", message: "实际填写27")])
    checkClean(text, rule: "GJ301")
    checkClean(text, rule: "GJ308")
  }

  /// The fragments one a line, joined in order, and the values on three lines of five.
  @Test func fragmentsInOrderAreJoinedToo() {
    let pieces = zip(Self.firstLine, Self.secondLine).map { "\($0)\n\($1)" }.joined(separator: "\n")
    let body = Array(repeating: pieces, count: 3).joined(separator: "\n") + "\n4 0 0 0 4\n0 0 4 1 5\n8 9 0 9 26"
    let analysis = check(Self.report(body), rule: "GJ301", expected: [])
    let values = analysis.report.table4?.rows.flatMap(\.cells).map(\.text)
    #expect(values == ["4", "0", "0", "0", "4", "0", "0", "4", "1", "5", "8", "9", "0", "9", "26"])
  }

  @Test(arguments: ReportBuilder.Form.allCases)
  func anUnjoinedHeaderIsUnreadNotMissing(_ form: ReportBuilder.Form) {
    let text = Self.report(Self.header(short: true) + "\n1️⃣4 0 0 0 4 0 0 4 1 5 8 9 0 9 27⏹", form: form)
    check(
      text, rule: "GJ308",
      expected: [
        DiagnosticSpec(
          "1️⃣",
          message: "第四部分的统计表在文本中，但表头被过窄的列截成碎片、无法拼回，其下的数值无法确定各属于哪个单元格："
            + "本表无法可靠读取，不做核对；请对照原文核对表中数值", severity: .warning
        )
      ])
    checkClean(text, rule: "GJ301")
    checkClean(text, rule: "GJ314")
  }

  @Test func theMessageIsInEnglishToo() {
    let text = Self.report(Self.header(short: true) + "\n4 0 0 0 4\n0 0 4 1 5\n8 9 0 9 27")
    let analysis = Analyzer.analyze(SourceText(MarkedText(text).text))
    let warning = analysis.diagnostics.first { $0.code == "GJ308" }
    #expect(
      warning?.message.en == "Section 4's table is in the text, but its header is cut into fragments by narrow "
        + "columns that cannot be joined again, so which cell each value under it belongs to cannot be known: the "
        + "table cannot be read reliably or checked; check its values against the original")
  }

  // MARK: Near misses

  /// Prose naming 行政复议 with a number; fragments with no number under them; fragments of no header of table 四
  /// above numbers.
  @Test(arguments: [
    "本年度行政复议1件，行政诉讼0件。",
    CutHeaderTableTests.header(short: true) + "\n本年度未发生行政复议、行政诉讼。",
    "本年 收到 申请\n结 办\n3 0 1",
  ])
  func proseOrOtherFragmentsLeaveTheTableMissing(_ body: String) {
    let text = Self.report(body)
    check(text, rule: "GJ301", expected: [DiagnosticSpec("4️⃣")])
    checkClean(text, rule: "GJ308")
  }
}
