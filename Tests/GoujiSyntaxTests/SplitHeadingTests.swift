import Foundation
import GoujiFormats
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Headings whose numbering stands on a line of its own, their title on the next line that is not blank
/// (`inv-2023-spaces.word-pdf-raw`: `pdftotext` breaks LibreOffice's `一、　总体情况` at the ideographic space into
/// `一、`, a blank line and `总体情况`): one heading over both lines, in every builder form, with CRLF and `𠀀` in the
/// lines around; a bare numbering followed by prose, by another section's title, or by its title too far below stays
/// no heading.
@Suite struct SplitHeadingTests {
  /// A report (𠀀 in the title and prose) whose headings `split` are written as their numbering, `gap` and title.
  static func text(
    _ form: ReportBuilder.Form = .cellPerLine, lineEnding: String = "\r\n", split: [Int] = Array(1...6),
    gap: String = "\n\n", numbering: (Int) -> String = { ChineseNumeral.string($0) + "、" }
  ) -> String {
    ReportBuilder(form: form).with {
      $0.lineEnding = lineEnding
      $0.agency = "𠀀市科学技术局"
      $0.prose[5] = "𠀀一是公开内容不够全面。"
      for number in split { $0.headings[number] = numbering(number) + gap + ReportSections.spec(number)!.title }
    }.build()
  }

  @Test(arguments: ReportBuilder.Form.allCases, ["\n", "\r\n"])
  func everySplitHeadingIsOneHeadingOverItsLines(_ form: ReportBuilder.Form, _ lineEnding: String) throws {
    let report = ReportReader.read(SourceText(Self.text(form, lineEnding: lineEnding)))
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(report.strayHeadings.isEmpty)
    #expect(!report.problems.contains { if case .sectionMissing = $0.kind { true } else { false } })
    for section in report.sections {
      let spec = try #require(ReportSections.spec(section.number))
      let heading = section.heading
      #expect(section.titleMatch == .canonical)
      #expect(report.text[heading.numberRange] == ChineseNumeral.string(section.number))
      #expect(report.text[heading.titleRange] == spec.title)
      #expect(heading.title == spec.title)
      let numbering = ChineseNumeral.string(section.number) + "、"
      #expect(report.text[heading.range] == numbering + lineEnding + lineEnding + spec.title)
      #expect(heading.line == report.text.line(containing: heading.range.start))
      #expect(section.bodyRange.start == heading.range.end)
    }
    // The tables are read as in the report with its headings on one line each.
    let whole = ReportReader.read(SourceText(Self.text(form, lineEnding: lineEnding, split: [])))
    #expect(ReportSummary(report).table3 == ReportSummary(whole).table3)
    #expect(ReportSummary(report).table2 == ReportSummary(whole).table2)
  }

  @Test(arguments: ["\n", "\n\n", "\n\n\n", "\n　\n"])
  func theTitleMayFollowAfterTwoBlankLinesAtMost(_ gap: String) {
    let report = ReportReader.read(SourceText(Self.text(split: [1], gap: gap)))
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
  }

  @Test(arguments: [
    ("第一部分", "第一部分"), ("第1部分：", "第1部分"), ("一．", "一"), ("**一、", "一"),
  ])
  func otherNumberingsSplitAlike(_ numbering: String, _ number: String) throws {
    let report = ReportReader.read(SourceText(Self.text(split: [1], numbering: { _ in numbering })))
    let section = try #require(report.sections.first)
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(report.text[section.heading.numberRange] == number)
    #expect(report.text[section.heading.titleRange] == "总体情况")
  }

  @Test func aVariantTitleIsReadAsAVariant() throws {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.headings[4] = "四、\n\n政府信息公开行政复议和行政诉讼情况"
    }.build()
    let report = ReportReader.read(SourceText(text))
    let section = try #require(report.section(4))
    #expect(section.titleMatch == .variant)
    #expect(report.text[section.heading.range] == "四、\r\n\r\n政府信息公开行政复议和行政诉讼情况")
  }

  // MARK: Near misses

  /// A bare numbering whose next line is not a section's title alone: prose, a title with a sentence after it, its
  /// title three blank lines below, a line of text between; or a subsection's numbering.
  @Test(arguments: [
    "一、\n\n全年主动公开政府信息52条。", "一、\n总体情况：全年工作有序推进", "一、\n\n\n\n总体情况", "一、\n如下\n总体情况",
    "（一）\n\n总体情况",
  ])
  func aBareNumberingWithoutItsTitleIsNoHeading(_ heading: String) {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.headings[1] = heading
    }.build()
    let report = ReportReader.read(SourceText(text))
    #expect(report.sections.map(\.number) == [2, 3, 4, 5, 6], "\(heading)")
  }

  /// A numbering that disagrees with the title below it is one heading as on one line (`三、总体情况`): the title
  /// names the section, its number is wrong, whatever line the converter broke.
  @Test(arguments: [("三、", "总体情况", 1), ("一、", "主动公开政府信息情况", 2)], ["\n", "\r\n"])
  func aNumberThatDisagreesReadsAsOnOneLine(_ heading: (String, String, Int), _ lineEnding: String) throws {
    let (numbering, title, number) = heading
    func read(_ heading: String) -> Report {
      ReportReader.read(
        SourceText(
          ReportBuilder().with {
            $0.lineEnding = lineEnding
            $0.agency = "𠀀市科学技术局"
            $0.headings[1] = heading
          }.build()))
    }
    let oneLine = read(numbering + title)
    let split = read(numbering + "\n\n" + title)
    #expect(split.sections.map(\.number) == oneLine.sections.map(\.number))
    #expect(split.sections.map(\.titleMatch) == oneLine.sections.map(\.titleMatch))
    #expect(split.strayHeadings.count == oneLine.strayHeadings.count)
    let section = try #require(split.section(number))
    #expect(section.titleMatch == .differs)
    #expect(split.text[section.heading.range] == numbering + lineEnding + lineEnding + title)
  }

  // MARK: Re-reading

  /// A report with every heading split, a bare `三、` over prose in section 一, and prose in section 五 far below its
  /// heading.
  static let editedText = ReportBuilder().with {
    $0.lineEnding = "\r\n"
    $0.agency = "𠀀市科学技术局"
    $0.prose[1] = "𠀀本机关认真贯彻条例。\n三、\n\n全年主动公开政府信息52条。\n（一）主动公开情况"
    $0.prose[5] = "𠀀一是公开内容不够全面。\n二是解读形式较为单一。\n三是𠀀业务培训有待进一步加强。"
    for number in 1...6 {
      $0.headings[number] = ChineseNumeral.string(number) + "、\n\n" + ReportSections.spec(number)!.title
    }
  }.build()

  /// Edits that make, unmake or change a split heading, or touch the lines around one, read as a full read does:
  /// prose below a bare numbering becoming a section's title, the numbering's line, the blank lines between, a
  /// heading's title, the prose below a heading.
  @Test(arguments: [
    ("全年主动公开政府信息52条。", "收到和处理政府信息公开申请情况"), ("三、\r\n\r\n全年", "三、\r\n\r\n\r\n\r\n全年"),
    ("\r\n三、\r\n", "\r\n三、本机关\r\n"), ("总体情况", "总体情况况"), ("𠀀一是公开", "𠀀一是公"),
    ("条例。\r\n三、", "条例。\r\n三、\r\n\r\n总体情况\r\n三、"),
  ])
  func rereadingAroundASplitHeadingReadsAsAFullRead(_ old: String, _ new: String) throws {
    let text = Self.editedText
    let offset = try #require(text.range(of: old).map { text[..<$0.lowerBound].utf8.count })
    let previous = ReportReader.read(SourceText(text))
    #expect(previous.sections.count == 6)
    let edit = TextEdit(range: TextRange(start: offset, end: offset + old.utf8.count), newText: new)
    #expect(!ReportReader.rereadsOnlyOneSection(previous, after: edit), "\(old) → \(new)")
    #expect(ReportReader.reread(previous, after: edit) == ReportReader.read(previous.text.applyingSequentially([edit])))
  }

  /// An edit in prose away from any bare numbering is still read in its section alone, as a full read reads it.
  @Test func anEditAwayFromSplitHeadingsRereadsItsSectionAlone() throws {
    let text = Self.editedText
    let offset = try #require(text.range(of: "业务培训").map { text[..<$0.lowerBound].utf8.count })
    let previous = ReportReader.read(SourceText(text))
    let edit = TextEdit(range: TextRange(start: offset, end: offset + 6), newText: "𠀀")
    #expect(ReportReader.rereadsOnlyOneSection(previous, after: edit))
    #expect(ReportReader.reread(previous, after: edit) == ReportReader.read(previous.text.applyingSequentially([edit])))
  }
}
