import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// A heading whose title is printable ASCII is read without folding its title (``SectionReader/isWordlessASCII``):
/// what the section reader's tests answer for such titles, checked through the folding paths they skip.
@Suite struct ASCIITitleTests {
  /// Seeded random titles of printable ASCII, with the characters folding changes or drops (`*`, `,`, `[`, `]`,
  /// quotes), `;`, colons and spaces.
  static let titles: [String] = {
    var generator = SeededGenerator(seed: 20)
    let alphabet = Array("xyAB09*,[]\"';:()- ")
    return ["x", "*", "**x**", "a,b", "[x]", "\"'", "x;y", "x y", String(repeating: "x", count: 31)]
      + (0..<300).map { _ in
        String((0..<Int.random(in: 1...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
      }
  }()

  @Test func noSectionWordingOrTableLabelCanBeReadInPrintableASCII() {
    #expect(SectionReader.asciiReadsNoWording.value)
  }

  @Test(arguments: titles)
  func anASCIITitleReadsAsItsFoldedTitle(_ title: String) throws {
    let text = SourceText("三、" + title + "\n")
    let range = TextRange(start: "三、".utf8.count, end: text.count - 1)
    let folded = NormalizedText.fold(title, mode: .display).filter { $0 != " " && $0 != "*" }
    #expect(SectionReader.headingTitle(text, range) == String(String.UnicodeScalarView(folded)))
    guard SectionReader.isWordlessASCII(text, range) else {
      #expect(title.contains(" ") || title.contains(";"))
      return
    }
    #expect(!SectionReader.isCutTableLabel(title))
    guard let heading = SectionReader.parseHeading(text, from: 0, limit: text.count - 1, line: 0) else {
      #expect(folded.isEmpty)
      return
    }
    #expect(SectionReader.endingRunOnTitle(heading, text: text) == heading)
    #expect(!SectionReader.isTableLabel(heading.title))
    let (topic, match) = SectionReader.classify(heading.title)
    #expect(topic == nil && match == .differs)
  }
}
