import Foundation
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// The title read alone (what `gouji check`'s first pass over a folder reads to find each file's body) is the title
/// of the whole reading, in every example and every text form of the reader corpus.
@Suite struct TitleOnlyReadingTests {
  static let texts = Fixtures.examplesAndCorpusForms

  @Test func theTitleAloneIsTheTitleOfTheWholeReading() {
    #expect(Self.texts.count > 50)
    for text in Self.texts {
      let source = SourceText(text)
      #expect(ReportReader.title(of: source) == ReportReader.read(source).title)
    }
  }

  @Test func aTitleOnALineWithAnAstralCharacterAndCRLFIsReadAlone() throws {
    let source = SourceText("青𠀀县人民政府\r\n2023年政府信息公开工作年度报告\r\n一、总体情况\r\n")
    let title = try #require(ReportReader.title(of: source))
    #expect(title == ReportReader.read(source).title)
    #expect(title.year == 2023)
  }

  /// An agency's name with a character outside the BMP (`𠀀`, CJK extension B) on the title's own line: the title
  /// starts at the agency, not after the astral character, and its range covers the whole of it.
  @Test(arguments: ["\n", "\r\n"])
  func anAgencyWithAnAstralCharacterOnTheTitleLineIsReadWhole(_ lineEnd: String) throws {
    let line = "某某市𠀀自然资源和规划局2024年政府信息公开工作年度报告"
    let source = SourceText(line + lineEnd + lineEnd + "一、总体情况" + lineEnd)
    let title = try #require(ReportReader.read(source).title)
    #expect(title.agency == "某某市𠀀自然资源和规划局")
    #expect(title.text == line)
    #expect(title.range == TextRange(start: 0, end: line.utf8.count))
    #expect(title.year == 2024)
  }
}
