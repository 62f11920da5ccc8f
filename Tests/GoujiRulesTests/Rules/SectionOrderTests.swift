import Foundation
import GoujiAnalysis
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiRules

@Suite struct SectionOrderTests {
  @Test(arguments: ReportBuilder.Form.allCases)
  func sectionAfterALaterOneIsReported(_ form: ReportBuilder.Form) {
    let text = ReportBuilder(form: form).with {
      $0.sectionOrder = [1, 2, 3, 5, 4, 6]
      $0.headings[4] = "1️⃣四、政府信息公开行政复议、行政诉讼情况"
    }.build()
    check(
      text, rule: "GJ102",
      expected: [
        DiagnosticSpec("1️⃣", message: "第四部分出现在第五部分之后", severity: .warning)
      ])
  }

  @Test func topLevelHeadingInsideAnotherSectionIsReported() {
    let text = ReportBuilder().with {
      $0.prose[5] = "（一）存在的主要问题\n一是公开内容不够全面。\n1️⃣三、下步打算及努力方向\n一是加强业务培训。"
    }.build()
    check(
      text, rule: "GJ102",
      expected: [
        DiagnosticSpec("1️⃣", message: "第五部分中出现了一级编号的标题“三、下步打算及努力方向”")
      ])
  }

  @Test func numberUsedTwiceIsReported() {
    // The heading before the title repeats 一、 (as PDF text puts a page header first); the second 五、 inside
    // section 五 repeats its own number.
    let text = ReportBuilder().with {
      $0.title = "1️⃣一、总体情况\n某市科学技术局\n2021年政府信息公开工作年度报告"
      $0.prose[5] = "一是公开内容不够全面。\n2️⃣五、下步打算\n一是加强业务培训。"
    }.build()
    check(
      text, rule: "GJ102",
      expected: [
        // The heading on line 1 comes first: line 6 uses the number again (not "line 6 already has it").
        DiagnosticSpec("1️⃣", message: "一级编号“一、”重复使用（第6行再次使用，为“一、总体情况”）"),
        DiagnosticSpec("2️⃣", message: "一级编号“五、”重复使用（第391行已有“五、存在的主要问题及改进情况”）"),
      ])
  }

  @Test func aRepeatedNumberPointsAtItsOtherUseInBothLanguages() {
    let text = ReportBuilder().with {
      $0.prose[5] = "一是公开内容不够全面。\n1️⃣五、下步打算\n一是加强业务培训。"
    }.build()
    let analysis = check(text, rule: "GJ102", expected: [DiagnosticSpec("1️⃣", message: "一级编号“五、”重复使用")])
    let finding = analysis.diagnostics.first { $0.code == "GJ102" }
    let section = analysis.report.sections.first { $0.number == 5 }
    #expect(finding?.related.map(\.range) == section.map { [$0.heading.range] })
    #expect(finding?.related.first?.message.zh == "第一次使用")
    #expect(finding?.related.first?.message.en == "first use")
    #expect(finding?.message.en.hasPrefix("The top-level number “五、” is used twice (line ") == true)
    #expect(finding?.fixes.isEmpty == true)
  }

  @Test func positionsStayExactWithAstralCharactersAndCRLF() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.prose[5] = "𠀀𠀀问题。\n1️⃣三、𠀀下步打算"
    }.build()
    check(text, rule: "GJ102", expected: [DiagnosticSpec("1️⃣", message: "第五部分中出现了一级编号的标题“三、𠀀下步打算”")])
  }

  // MARK: Near misses

  @Test(arguments: ReportBuilder.Form.allCases)
  func tableRowsNumberedLikeSectionsAreNotHeadings(_ form: ReportBuilder.Form) {
    // 一、本年新收… 二、上年结转… 三、本年度办理结果 四、结转下年度继续办理 are rows of table 三.
    checkClean(ReportBuilder(form: form).build(), rule: "GJ102")
  }

  /// PDF text wraps table 三's `三、本年度办理结果` into `三、本年` and `度办理结果`; in layout text the cut label shares its
  /// line with the next column and the values (`三、本年       （一）予以公开 …`). Neither is a second `三、` heading
  /// (each was one, in every PDF copy of the corpus).
  @Test(arguments: [("三、本年度办理结果", "三、本年\r\n度办理结果"), ("三、本年度办理结果\r\n", "三、本年       ")])
  func aTableLabelCutByPDFWrappingIsNotAHeading(_ label: String, _ cut: String) throws {
    let text = ReportBuilder(form: .spaceSeparated).with { $0.lineEnding = "\r\n" }.build()
    let written = try #require(text.range(of: label))
    checkClean(text.replacingCharacters(in: written, with: cut), rule: "GJ102")
  }

  /// The cut must be shorter than a label's start: `三、本年工作计划` inside section 五 is still a stray heading.
  @Test func aHeadingThatStartsLikeATableLabelIsStillAHeading() {
    let text = ReportBuilder().with { $0.prose[5] = "𠀀问题。\n1️⃣三、本年工作计划" }.build()
    check(text, rule: "GJ102", expected: [DiagnosticSpec("1️⃣", message: "第五部分中出现了一级编号的标题“三、本年工作计划”")])
  }

  /// A text of top-level headings has a finding a line: they are kept in storage of their number, not in an array
  /// grown by appending (up to twice their number).
  @Test func findingsOnATextOfHeadingsAreKeptWithoutRoomToGrow() {
    let text = "一、总体情况\r\n" + String(repeating: "一、x𠀀\n", count: 2_100)
    let findings = SectionOrder.check(RuleContext(report: ReportReader.read(SourceText(text))))
    #expect(findings.count == 2_100)
    #expect(findings.first?.message.zh == "一级编号“一、”重复使用（第1行已有“一、总体情况”）")
    #expect(findings.capacity < findings.count + 8)
  }

  /// A stray heading's values fit where a finding keeps a leftover's, the largest content it keeps inline, so its
  /// finding needs no box (boxed, they took about 96 bytes more a finding: 60 MB on 5 MB of `一、x` lines).
  @Test func aStrayHeadingFitsInAFindingWithoutABox() {
    #expect(MemoryLayout<StrayHeading>.size <= MemoryLayout<ConversionLeftover>.size)
  }

  /// Findings repeating the number of one section share what they say about it, and say it as when each had its own.
  @Test func findingsRepeatingOneSectionShareIt() throws {
    let text = "一、总体情况\r\n𠀀\n" + String(repeating: "一、x\n", count: 3)
    let findings = SectionOrder.check(RuleContext(report: ReportReader.read(SourceText(text))))
    let sections = try findings.map { finding -> ObjectIdentifier in
      guard case .stray(let stray) = finding.content, case .repeated(let same, true) = stray.place else {
        throw Failure.notARepeatedSection
      }
      return ObjectIdentifier(same)
    }
    #expect(Set(sections).count == 1 && sections.count == 3)
    #expect(findings.map(\.message.zh) == Array(repeating: "一级编号“一、”重复使用（第1行已有“一、总体情况”）", count: 3))
    #expect(findings.map { $0.related.map(\.range) } == Array(repeating: [TextRange(start: 0, end: 18)], count: 3))
  }

  private enum Failure: Error { case notARepeatedSection }

  /// The engine keeps no finding per stray heading: they are made when read from the report's stray headings, which
  /// the report keeps anyway (a text of `一、x` lines has one a line; both kept held 104 bytes a line). Made when
  /// read, they say what they said when kept, in the order of the text, listed among the other rules' diagnostics.
  @Test func strayHeadingFindingsAreMadeWhenRead() {
    let text = "一、总体情况\r\n𠀀\n" + String(repeating: "一、x\r\n", count: 400) + "二、主动公开政府信息情况\n五、y\n"
    let report = ReportReader.read(SourceText(text))
    let results = RuleEngine.run(RuleContext(report: report))
    let pieces = results.byRule["GJ102"] ?? []
    #expect(report.strayHeadings.count == 401)
    #expect(pieces.reduce(0) { $0 + $1.count } == 401 && pieces.reduce(0) { $0 + $1.keptCount } == 0)
    let listed = results.diagnostics.filter { $0.code == "GJ102" }
    #expect(listed.map(\.finding.range) == report.strayHeadings.map(\.range))
    #expect(listed.first?.finding.message.zh == "一级编号“一、”重复使用（第1行已有“一、总体情况”）")
    #expect(listed.last?.finding.message.zh == "第二部分中出现了一级编号的标题“五、y”")
  }

  /// The message an output prints is made in its language alone (``Finding/message(in:)``), in each of the four
  /// wordings: a heading before every section, a number used again before and after its section, a heading inside
  /// another section.
  @Test func strayHeadingMessagesAreMadeInOneLanguage() {
    let text = "九、前言\n二、y\r\n一、总体情况\n一、x𠀀\n二、主动公开政府信息情况\n五、y\n"
    let report = ReportReader.read(SourceText(text))
    let listed = RuleEngine.run(RuleContext(report: report)).diagnostics.filter { $0.code == "GJ102" }
    let messages = listed.map { [$0.message(in: .zh), $0.message(in: .en)] }
    #expect(
      messages == [
        ["报告中出现了一级编号的标题“九、前言”", "A top-level heading “九、前言” in the report"],
        [
          "一级编号“二、”重复使用（第5行再次使用，为“二、主动公开政府信息情况”）",
          "The top-level number “二、” is used twice (line 5 uses it again, for “二、主动公开政府信息情况”)",
        ],
        [
          "一级编号“一、”重复使用（第3行已有“一、总体情况”）",
          "The top-level number “一、” is used twice (line 3 already has “一、总体情况”)",
        ],
        ["第二部分中出现了一级编号的标题“五、y”", "A top-level heading “五、y” inside section 2"],
      ])
    #expect(listed.allSatisfy { $0.message == LocalizedText(zh: $0.message(in: .zh), en: $0.message(in: .en)) })
  }

  @Test func appendixHeadingsAreNotSections() {
    let text = ReportBuilder().with {
      $0.closing = "\n某市科学技术局\n2022年1月20日\n附件3\n2021年政府信息公开情况统计表\n一、主动公开情况\n二、回应解读情况"
    }.build()
    checkClean(text, rule: "GJ102")
  }

  @Test func subHeadingsAndEnumerationsAreNotTopLevelHeadings() {
    let text = ReportBuilder().with {
      $0.prose[5] = "（一）存在的主要问题\n一是问题一。二是问题二。\n（二）改进措施\n1.加强培训。\n2.完善制度。"
    }.build()
    checkClean(text, rule: "GJ102")
  }
}
