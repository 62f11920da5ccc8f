import GoujiTestSupport
import Testing

@testable import GoujiText

/// The normalised view is made from the bytes with shortcuts (ASCII and basic ideographs taken as they are), and the
/// matching view can be derived from the display view; both must give exactly what folding each scalar gives.
@Suite struct NormalizedTextFastPathTests {
  /// Characters that exercise every branch: ASCII the matching mode folds, white space of every kind, CRLF,
  /// full-width forms, Kangxi radicals and compatibility ideographs, circled numbers, an astral character.
  static let alphabet: [String] = [
    "a", "7", " ", "\t", "\r\n", "\n", "\r", "\"", "'", "*", "\\", ",", "[", "]", "(", "〔", "【", "」", "“", "，",
    "：", "一", "第", "条", "\u{3000}", "\u{00A0}", "\u{200B}", "\u{FEFF}", "０", "９", "（", "⼆", "⼾", "⻓",
    "\u{F900}", "①", "⑴", "ｶ", "𠀀", "é", "\u{0301}", "—", "\u{0C}",
  ]

  /// A text of `length` characters of ``alphabet`` drawn with `generator`.
  static func randomText(length: Int, _ generator: inout SeededGenerator) -> String {
    (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
  }

  @Test(arguments: [NormalizedText.Mode.display, .matching])
  func viewOfTheBytesIsTheFoldOfEachScalar(mode: NormalizedText.Mode) {
    var generator = SeededGenerator(seed: 20_261_204)
    for _ in 0..<200 {
      let string = Self.randomText(length: Int(generator.next() % 40), &generator)
      let view = NormalizedText(SourceText(string), mode: mode)
      #expect(view.scalars == NormalizedText.fold(string, mode: mode), "\(string.debugDescription)")
      #expect(view.sourceRanges.count == view.scalars.count)
    }
  }

  @Test func matchingViewDerivedFromTheDisplayViewIsTheMatchingView() {
    var generator = SeededGenerator(seed: 5)
    for _ in 0..<200 {
      let text = SourceText(Self.randomText(length: Int(generator.next() % 40), &generator))
      let start = text.scalarBoundary(atOrBefore: Int(generator.next() % UInt64(text.count + 1)))
      let range = TextRange(start: start, end: text.count)
      let direct = NormalizedText(text, range: range, mode: .matching)
      let derived = NormalizedText(matching: NormalizedText(text, range: range, mode: .display))
      #expect(derived.scalars == direct.scalars, "\(text.string.debugDescription)")
      #expect(derived.sourceRanges == direct.sourceRanges, "\(text.string.debugDescription)")
    }
  }

  /// `matchingViewHolds(anyOf:)` answers on the display view what a search of the matching view derived from it
  /// answers, for needles that start with a basic ideograph and run across removed and folded characters.
  @Test func displayViewTellsWhetherItsMatchingViewHoldsANeedle() {
    var generator = SeededGenerator(seed: 20_261_206)
    let needles: [[Unicode.Scalar]] = [["一", "第"], ["第", "条", "一"], ["条", "、", "〔"], ["一", "十"], ["第"]]
    for _ in 0..<400 {
      let text = SourceText(Self.randomText(length: Int(generator.next() % 40), &generator))
      let display = NormalizedText(text, mode: .display)
      let matching = NormalizedText(matching: display)
      for needle in needles {
        let held = matching.firstIndex(of: needle) != nil
        #expect(display.matchingViewHolds(anyOf: [needle]) == held, "\(needle) \(text.string.debugDescription)")
      }
      let anyHeld = needles.contains { matching.firstIndex(of: $0) != nil }
      #expect(display.matchingViewHolds(anyOf: needles) == anyHeld)
    }
  }

  @Test func needleAcrossQuotesSpacesAndCRLFBesideAnAstralCharacterIsHeld() {
    let display = NormalizedText(SourceText("𠀀国 “办”\r\n公开，【2021】"), mode: .display)
    #expect(display.matchingViewHolds(anyOf: [Array("国办公开、〔2021〕".unicodeScalars)]))
    #expect(!display.matchingViewHolds(anyOf: [Array("国办公开〔".unicodeScalars), Array("开办".unicodeScalars)]))
    // A needle that does not start with a basic ideograph could be made from other characters: the answer is yes.
    #expect(display.matchingViewHolds(anyOf: [Array("〔2021".unicodeScalars)]))
    #expect(NormalizedText(SourceText("x"), mode: .display).matchingViewHolds(anyOf: [[]]))
  }

  @Test func matchingViewOfALineWithCJKAnAstralCharacterAndCRLF() {
    // “ 0..<3, 𠀀 3..<7, ” 7..<10, [ 10, 二 11..<14, ] 14, CR LF 15..<17, ， 17..<20, ⼗ 20..<23.
    let text = SourceText("“𠀀”[二]\r\n，⼗")
    let derived = NormalizedText(matching: NormalizedText(text, mode: .display))
    #expect(derived.string() == "𠀀〔二〕、十")
    #expect(derived.sourceRange(of: 0..<1) == TextRange(start: 3, end: 7))
    #expect(derived.sourceRange(of: 4..<6) == TextRange(start: 17, end: 23))
  }
}
