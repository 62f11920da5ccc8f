import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// The section reader's heading tests on scalars answer what `String`'s tests on characters answered, on plain text
/// (scalar by scalar) and on text that is not (through `String`): combining marks, a compatibility ideograph equal to
/// its unified one, CRLF, an astral character.
@Suite struct FoldedScalarsTests {
  static let texts = [
    "本年新收政府信息公开申请数量", "本年新收", "本年", "（一）予以公开", "总体情况。2021年", "", "a b", "本\u{301}年新收",
    "本年新收\u{301}", "\u{F900}年", "\u{8C48}年", "\r\n本年", "𠀀本年", "本年\u{3000}新收", "e\u{301}",
  ]

  @Test(arguments: texts)
  func prefixesAndCountsAreStrings(_ text: String) {
    let folded = FoldedScalars(folded: text)
    #expect(folded.characterCount == text.count)
    #expect(folded.string == text)
    for prefix in Self.texts {
      #expect(folded.hasPrefix(FoldedScalars(folded: prefix)) == text.hasPrefix(prefix), "\(text) / \(prefix)")
    }
  }

  @Test func scalarsThatJoinOrDecomposeAreNotPlain() {
    for value: UInt32 in [0x0A, 0x0D, 0x301, 0x302A, 0x3099, 0x1100, 0xAC00, 0xF900, 0xFF9E, 0x200D, 0x20000] {
      #expect(!FoldedScalars.isPlain(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
    }
    #expect("本年（一）予以公开：;。 ａ".unicodeScalars.allSatisfy(FoldedScalars.isPlain))
  }

  /// The scalar search answers `String.contains` (Foundation's, which the section reader used) on plain text.
  @Test func occurrencesAreStringContains() {
    let plain = Self.texts + ["总体", "年新", "收", "新收政府信息公开申请数量本年"]
    for text in plain where text.unicodeScalars.allSatisfy(FoldedScalars.isPlain) {
      for needle in plain where !needle.isEmpty && needle.unicodeScalars.allSatisfy(FoldedScalars.isPlain) {
        let occurs = FoldedScalars.occurs(Array(needle.unicodeScalars), in: Array(text.unicodeScalars)[...])
        #expect(occurs == text.contains(needle), "\(text) / \(needle)")
      }
    }
  }

  /// A heading's title is classified by its head (up to `。`, `;` or a colon) as before the plain path: its canonical
  /// title, a variant, a keyword anywhere in the head, or nothing; a title that is not plain (a combining mark, an
  /// astral character) goes through `String` and reads the same where its characters do.
  @Test(
    arguments: [
      ("收到和处理政府信息公开申请情况", 3, TitleMatch.canonical), ("总体情况。2021年，本机关", 1, .canonical),
      ("存在问题及改进情况", 5, .variant), ("政府信息公开行政复议和行政诉讼情况：", 4, .variant),
      ("关于行政诉讼的说明", 4, .differs), ("其他事项", 6, .differs), ("本机关总体", 1, .differs),
      ("x", nil, .differs), ("主动。公开", nil, .differs), ("𠀀主动公开", 2, .differs), ("主动公\u{301}开", nil, .differs),
      ("总体情况\u{301}", 1, .differs), ("\u{F900}总体情况", 1, .differs), ("总体情况", 1, .canonical),
    ] as [(String, Int?, TitleMatch)])
  func titlesAreClassifiedByTheirHead(_ title: String, _ number: Int?, _ match: TitleMatch) {
    let (topic, found) = SectionReader.classify(title)
    #expect(topic == number)
    #expect(found == match)
  }

  /// Headings numbered with the Kangxi radicals `⼀` and `⼆` (a PDF's fonts) are sections 1 and 2, as `一`, `二`.
  @Test func kangxiNumeralsNumberHeadings() {
    let text = ReportBuilder().with {
      $0.lineEnding = "\r\n"
      $0.agency = "𠀀市科学技术局"
      $0.headings[1] = "\u{2F00}、总体情况"
      $0.headings[2] = "\u{2F06}、主动公开政府信息情况"
    }.build()
    let report = ReportReader.read(SourceText(text))
    #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(report.sections.prefix(2).map(\.heading.number) == [1, 2])
    #expect(report.sections.first?.heading.title == "总体情况")
  }
}
