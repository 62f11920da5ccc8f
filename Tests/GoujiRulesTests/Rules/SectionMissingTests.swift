import GoujiAnalysis
import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct SectionMissingTests {
  @Test(arguments: ReportBuilder.Form.allCases)
  func missingSectionIsReportedWhereItBelongs(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(form: form).with {
      $0.omittedSections = [3]
      $0.headings[4] = "1️⃣四、政府信息公开行政复议、行政诉讼情况"
    }.build()
    check(
      text, rule: "GJ101",
      expected: [
        DiagnosticSpec("1️⃣", message: "缺少第三部分“三、收到和处理政府信息公开申请情况”", severity: .error, fixIsSafe: false)
      ])
  }

  @Test func missingLastSectionIsReportedAtTheEndOfTheText() {
    let text = ReportBuilder().with { $0.omittedSections = [6] }.build() + "1️⃣"
    check(text, rule: "GJ101", expected: [DiagnosticSpec("1️⃣", message: "缺少第六部分“六、其他需要报告的事项”")])
  }

  @Test func missingLastSectionIsReportedBeforeAnAppendix() {
    let text = ReportBuilder().with {
      $0.omittedSections = [6]
      $0.closing = "\n某市科学技术局\n2022年1月20日\n1️⃣附件：\n一、主动公开情况\n二、依申请公开情况"
    }.build()
    check(text, rule: "GJ101", expected: [DiagnosticSpec("1️⃣", message: "缺少第六部分")])
  }

  @Test func missingFirstSectionsAreReportedAtTheNextSection() {
    let text = ReportBuilder().with {
      $0.omittedSections = [1, 2]
      $0.headings[3] = "1️⃣2️⃣三、收到和处理政府信息公开申请情况"
    }.build()
    check(
      text, rule: "GJ101",
      expected: [
        DiagnosticSpec("1️⃣", message: "缺少第一部分“一、总体情况”"),
        DiagnosticSpec("2️⃣", message: "缺少第二部分“二、主动公开政府信息情况”"),
      ])
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.prose[4] = "𠀀本年度无行政复议。"
      $0.omittedSections = [5]
      $0.headings[6] = "1️⃣六、其他需要报告的事项"
    }.build()
    check(text, rule: "GJ101", expected: [DiagnosticSpec("1️⃣", message: "缺少第五部分“五、存在的主要问题及改进情况”")])
  }

  // MARK: Headings missing that a text did not drop (not GJ105: HeadingsUnreadTests)

  @Test func threeHeadingsMissingAmongHeadedSectionsAreThreeErrors() {
    let text = ReportBuilder().with {
      for number in 2...4 { $0.headings[number] = "" }
      $0.headings[5] = "1️⃣2️⃣3️⃣五、存在的主要问题及改进情况"
    }.build()
    check(
      text, rule: "GJ101",
      expected: [
        DiagnosticSpec("1️⃣", message: "缺少第二部分", severity: .error),
        DiagnosticSpec("2️⃣", message: "缺少第三部分", severity: .error),
        DiagnosticSpec("3️⃣", message: "缺少第四部分", severity: .error),
      ])
  }

  @Test func headingsMissingWithoutTheTablesAreErrors() {
    let text =
      ReportBuilder().with {
        $0.omittedTables = [.table2, .table3]
        for number in 1...6 { $0.headings[number] = "" }
      }.build() + "1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣"
    let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣"]
    check(
      text, rule: "GJ101",
      expected: (1...6).map {
        DiagnosticSpec(markers[$0 - 1], message: "缺少第\(ChineseNumeral.string($0))部分", severity: .error)
      })
  }

  // MARK: Near misses

  @Test(arguments: [
    "五、存在问题及改进情况",  // a known variant (GJ103 information)
    "七、存在的主要问题及改进情况",  // a wrong number (GJ103 warning)
    "⼀、存在的主要问题及改进情况",  // a Kangxi radical in the number
    "[bookmark: _GoBack]五、存在的主要问题及改进情况",  // a leftover before the heading
    "　　五、存在的主要问题及改进情况",  // indented with ideographic spaces
  ])
  func sectionWrittenDifferentlyIsNotMissing(_ heading: String) {
    checkClean(ReportBuilder().with { $0.headings[5] = heading }.build(), rule: "GJ101")
  }

  @Test func appendixHeadingsAfterTheReportDoNotCountAsSections() {
    // 五、查阅点接待人数 and 六、机构建设和保障经费情况 belong to the appendix's statistics table.
    let text = ReportBuilder().with {
      $0.closing = "\n某市科学技术局\n2022年1月20日\n附件2\n一、主动公开情况\n五、查阅点接待人数\n六、机构建设和保障经费情况"
    }.build()
    checkClean(text, rule: "GJ101")
  }

  @Test func reportsBefore2019AreNotChecked() {
    let text = ReportBuilder(year: 2017).with { $0.omittedSections = [2, 3, 4] }.build()
    checkClean(text, rule: "GJ101")
  }

  // MARK: Fix

  @Test(arguments: FormatID.allCases, ReportBuilder.Form.allCases)
  func insertedSectionReadsBackWithTheEmptyTableOfTheFormat(_ format: FormatID, _ form: ReportBuilder.Form) throws {
    for omitted in [2, 3, 4] {
      let text = ReportBuilder(format, form: form).with { $0.omittedSections = [omitted] }.build()
      let fixed = try #require(checkFixes(text, rule: "GJ101", safe: false).first)
      let analysis = Analyzer.analyze(SourceText(fixed))
      #expect(analysis.report.sections.map(\.number) == [1, 2, 3, 4, 5, 6], "\(omitted) in \(form)")
      let table = try #require(analysis.report.table(TableID(rawValue: omitted)!), "\(omitted) in \(form)")
      let spec = ReportFormats.format(format)
      let rows = [2: spec.table2.flatMap(\.rows).count, 3: spec.table3.rows.count, 4: spec.table4.rows.count]
      #expect(table.rows.count == rows[omitted], "\(omitted) in \(form)")
      #expect(table.rows.allSatisfy { $0.cells.allSatisfy(\.isEmpty) }, "\(omitted) in \(form)")
      // The inserted table is complete and well formed: only its empty cells are reported (and the prose's numbers
      // that the empty table 三 now contradicts).
      let codes = Set(analysis.diagnostics.map(\.code))
      #expect(codes.isSubset(of: ["GJ305", "GJ401"]), "\(omitted) in \(form): \(codes.sorted())")
    }
  }

  @Test func insertedLastSectionKeepsCRLF() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.omittedSections = [6]
    }.build()
    let fixed = try #require(checkFixes(text, rule: "GJ101", safe: false).first)
    #expect(fixed.hasSuffix("\r\n六、其他需要报告的事项\r\n\r\n"))
    #expect(!fixed.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }
}
