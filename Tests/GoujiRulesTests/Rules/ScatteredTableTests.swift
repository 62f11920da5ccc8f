import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

/// Table 二 scattered by PDF text in reading order (`inv-2024-excel.pdf-raw`: Chromium's PDF of a table pasted from
/// Excel): its clause headers, column headers, labels and values on lines of their own, out of the table's order.
/// The table is there but unread: GJ308 (a warning at its first line of labels), never GJ301 (an error). Prose that
/// names a clause and a number, with no table, stays GJ301.
@Suite struct ScatteredTableTests {
  /// Section 二 as `pdftotext` wrote `inv-2024-excel`'s, in reading order.
  static let scattered = [
    "1️⃣信息内容⏹", "规章", "行政规范性文件", "信息内容", "行政许可", "", "第二十条第（一）项", "本年制发件数",
    "本年废止件数", "80", "237", "103", "474", "第二十条第（五）项", "本年处理决定数量", "", "信息内容", "行政处罚", "行政强制",
    "信息内容", "行政事业性收费", "", "第二十条第（六）项", "", "本年处理决定数量", "", "第二十条第（八）项",
    "本年收费金额（单位：万元）", "", "现行有效件数", "", "1", "663", "444", "330", "0", "1.25",
  ].joined(separator: "\n")

  /// A report whose section 二 is `body` instead of its table, with CRLF and `𠀀` in the prose around it.
  static func report(_ body: String, form: ReportBuilder.Form = .cellPerLine) -> String {
    ReportBuilder(form: form).with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.omittedTables = [.table2]
      $0.headings[2] = "2️⃣二、主动公开政府信息情况"
      $0.prose[2] = "𠀀本机关主动公开政府信息情况如下：\n" + body
      $0.prose[3] = "𠀀𠀀"
    }.build()
  }

  @Test(arguments: ReportBuilder.Form.allCases)
  func aScatteredTableIsUnreadNotMissing(_ form: ReportBuilder.Form) {
    let text = Self.report(Self.scattered, form: form)
    check(
      text, rule: "GJ308",
      expected: [
        DiagnosticSpec(
          "1️⃣",
          message: "第二部分的统计表在文本中，但表头、行标签和数值各占一行、次序打乱（按阅读顺序提取的PDF文本如此）："
            + "本表无法可靠读取，不做核对；请对照原文核对表中数值", severity: .warning
        )
      ])
    checkClean(text, rule: "GJ301")
  }

  @Test func theMessageIsInEnglishToo() {
    let analysis = Analyzer.analyze(SourceText(MarkedText(Self.report(Self.scattered)).text))
    let warning = analysis.diagnostics.first { $0.code == "GJ308" }
    #expect(
      warning?.message.en == "Section 2's table is in the text, but its headers, row labels and values stand on "
        + "lines of their own, out of the table's order (PDF text in reading order writes it so): the table cannot be "
        + "read reliably or checked; check its values against the original")
  }

  // MARK: Near misses

  /// Prose naming a clause and a number; a clause header alone and a sentence; the headers alone without a number.
  @Test(arguments: [
    "依据第二十条第（一）项规定，本年度主动公开政府信息12件，现行有效件数为12件。",
    "第二十条第（一）项\n本年度主动公开政府信息12件，均已按时公开。",
    "第二十条第（一）项\n第二十条第（五）项\n本年制发件数 本年废止件数\n现行有效件数\n本部分无数据。",
  ])
  func proseOrTooFewPiecesLeaveTheTableMissing(_ body: String) {
    let text = Self.report(body)
    check(text, rule: "GJ301", expected: [DiagnosticSpec("2️⃣")])
    checkClean(text, rule: "GJ308")
  }
}
