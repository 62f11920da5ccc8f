import Foundation
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Sections numbered as parts (`第一部分 总体情况`, `第二部分　…`, `第三部分：…`, `第4部分…`): every form's fixture
/// with its headings' numbering rewritten so reads exactly as written with `一、`: the same sections on the same
/// lines, the same tables, nothing missing, nothing stray.
@Suite struct PartHeadingTests {
  /// A fixture of each form: cell per line (form A), TAB rows (form B), PDF text (spaces), `pdftotext -layout` with
  /// CRLF and `𠀀`, flattened lines, a pipe table.
  static let fixtures = [
    "forms/001_787e7c90b6bc98b9.cell-per-line.txt", "forms/000_212ac920282683c5.tab-separated.txt",
    "forms/004_b1d7aab7bdee8be9.pdf.txt", "reader/layout-empty-cells.txt", "forms/000_212ac920282683c5.flattened.txt",
    "forms/004_b1d7aab7bdee8be9.flattened.txt", "reader/headings-flattened.txt", "reader/grid-pipe.txt",
    "corpus/inv-2024-zone.markdownify.txt",
  ]

  /// The numberings the rewritten headings take, section by section.
  static let numberings = ["第一部分 ", "第二部分　", "第三部分：", "第4部分", "第五部分:", "第六部分 "]

  @Test(arguments: fixtures)
  func partNumberedHeadingsReadAsTheFormatsSections(_ path: String) throws {
    let original = ReportReader.read(SourceText(Fixtures.fixture("GoujiSyntaxTests", path)))
    #expect(original.sections.count == 6, "\(path): the fixture's own sections")
    let rewritten = ReportReader.read(SourceText(Self.partNumbered(original)))
    #expect(ReportSummary(rewritten) == ReportSummary(original), "\(path)")
    #expect(rewritten.sections.map(\.number) == original.sections.map(\.number))
    #expect(rewritten.strayHeadings.count == original.strayHeadings.count)
    for section in rewritten.sections {
      #expect(section.titleMatch == .differs)
      #expect(rewritten.text[section.heading.range].hasPrefix("第"))
      #expect(section.heading.range.end == section.heading.titleRange.end)
      guard case .part = section.heading.numbering else {
        Issue.record("\(path): section \(section.number) not read as a part")
        continue
      }
    }
    #expect(!rewritten.problems.contains { if case .sectionMissing = $0.kind { true } else { false } })
    #expect(rewritten.allRanges.allSatisfy { $0.end <= rewritten.text.count })
  }

  /// The report's text with each section's `一、` replaced by `第一部分 ` (and the other numberings), by the number
  /// written (`二、收到和处理…` where 三 belongs becomes `第二部分　收到和处理…`).
  static func partNumbered(_ report: Report) -> String {
    var bytes = report.text.bytes
    for section in report.sections.reversed() {
      let range = section.heading.numberRange.start..<section.heading.titleRange.start
      bytes.replaceSubrange(range, with: Array(numberings[section.heading.number - 1].utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(arguments: [
    ("**第一部分 总体情况**", "总体情况"), ("第1部分：总体情况", "总体情况"), ("第一部分总体情况", "总体情况"),
    ("　第一部分　总体情况", "总体情况"), ("第一部分 基本情况", "基本情况"),
  ])
  func aHeadingLineIsReadWithItsTitleAlone(_ heading: String, _ title: String) throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.headings[1] = heading
    }.build()
    let report = ReportReader.read(SourceText(text))
    let section = try #require(report.sections.first)
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(section.heading.title == title)
    #expect(report.text[section.heading.range] == heading.trimmingCharacters(in: ["*", "　"]))
    #expect(report.text[section.heading.numberRange].hasSuffix("部分"))
  }

  // MARK: Near misses

  @Test(arguments: [
    "第二部分所述的主动公开情况已在网站公布。",  // a sentence starting with 第二部分, no separator, no title
    "如报告第一部分所述，本年度工作有序推进。",
    "第二部分内容详见下表",
  ])
  func partInProseIsNotAHeading(_ sentence: String) {
    let plain = ReportReader.read(SourceText(ReportBuilder.withProse("工作稳步推进。").build()))
    let report = ReportReader.read(SourceText(ReportBuilder.withProse(sentence).build()))
    #expect(report.sections.map(\.heading.line) == plain.sections.map(\.heading.line))
    #expect(report.strayHeadings.isEmpty)
  }

  @Test func partInFlattenedProseIsNotAHeading() {
    let flattened = ReportBuilder().build().replacingOccurrences(of: "\n", with: "")
    let withMention = flattened.replacingOccurrences(of: "二、主动公开", with: "如报告第一部分所述。二、主动公开")
    let report = ReportReader.read(SourceText(withMention))
    let plain = ReportReader.read(SourceText(flattened))
    #expect(report.sections.map(\.number) == plain.sections.map(\.number))
    #expect(report.sections.allSatisfy { $0.heading.numbering == .enumerated })
  }
}
