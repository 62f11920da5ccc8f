import GoujiAnalysis
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// `source.fixAll.gouji` (``Analyzer/safeFixEdits(_:configuration:previous:)``) reaches in one action the text
/// `gouji check --fix` writes (``Analyzer/applyingSafeFixes(_:configuration:previous:)``, up to 8 rounds).
@Suite struct FixAllFixedPointTests {
  /// The examples, and each with leftovers and look-alike characters glued into one another, so that fixing one
  /// leftover makes another (a fix that needs a second round).
  static let texts: [String] = Fixtures.exampleNames.map(Fixtures.example).flatMap { text in
    [
      text,
      text.replacingOccurrences(of: "一、总体情况", with: "一、总体情况\n[image: [image: x]]**⼾**[bookmark: _GoBack]"),
      text.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "年", with: "年[image: [image: 𠀀]]"),
    ]
  }

  /// One round of safe fixes, as the fix-all applied before.
  static func oneRound(_ text: SourceText) -> SourceText {
    text.applyingSimultaneously(Analyzer.safeEdits(Analyzer.analyze(text).diagnostics).flatMap(\.self)).text
  }

  @Test(arguments: texts.indices)
  func fixAllReachesWhatCheckFixWrites(_ index: Int) {
    let text = SourceText(Self.texts[index])
    let written = Analyzer.applyingSafeFixes(text).text
    let edits = Analyzer.safeFixEdits(text)
    #expect(text.applyingSimultaneously(edits).text == written)
    #expect(edits.isEmpty == (written == text))
    // The fixed point: nothing safe is left to fix.
    #expect(Analyzer.safeEdits(Analyzer.analyze(written).diagnostics).isEmpty)
  }

  /// The test above means something: some of its texts need more than one round.
  @Test func someTextsNeedMoreThanOneRound() {
    let needing = Self.texts.filter { Self.oneRound(SourceText($0)) != Analyzer.applyingSafeFixes(SourceText($0)).text }
    #expect(!needing.isEmpty)
  }

  @Test func theReplacementNeverSplitsACharacterOrALineEnd() {
    let text = SourceText("甲\r\n乙𠀀丙")
    let edits = Analyzer.safeFixEdits(text)
    #expect(edits.isEmpty)
    let replacement = Analyzer.replacement(from: SourceText("a\r\nb𠀀c"), to: SourceText("a\nb𠀁c"))
    #expect(replacement.range == TextRange(start: 1, end: 8))
    #expect(replacement.newText == "\nb𠀁")
  }
}
