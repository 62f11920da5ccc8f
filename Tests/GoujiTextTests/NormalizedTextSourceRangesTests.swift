import Testing

@testable import GoujiText

/// The compact source ranges (a start relative to the view and a width) give back the absolute UTF-8 ranges.
@Suite struct NormalizedTextSourceRangesTests {
  @Test func aViewAfterAstralAndCRLFGivesAbsoluteRangesOfEveryWidth() {
    // 𠀀 0..<4, CR LF 4..<6, 第 6..<9, A 9..<10, é 10..<12, 𠀁 12..<16.
    let text = SourceText("𠀀\r\n第Aé𠀁")
    let view = NormalizedText(text, range: TextRange(start: 6, end: 16), mode: .display)
    #expect(view.string() == "第Aé𠀁")
    #expect(
      Array(view.sourceRanges) == [
        TextRange(start: 6, end: 9), TextRange(start: 9, end: 10), TextRange(start: 10, end: 12),
        TextRange(start: 12, end: 16),
      ])
    #expect(view.sourceRange(of: 1..<4) == TextRange(start: 9, end: 16))
  }

  @Test func rangesCountingFromDifferentStartsAreEqualWhenTheyCoverTheSameCharacters() {
    // The derived matching view counts from its first character (after the ideographic space), the direct one
    // from the start of the range.
    let text = SourceText("前\u{3000}一、二")
    let display = NormalizedText(text, range: TextRange(start: 3, end: text.count), mode: .display)
    let derived = NormalizedText(matching: display)
    let direct = NormalizedText(text, range: TextRange(start: 3, end: text.count), mode: .matching)
    #expect(derived.sourceRanges == direct.sourceRanges)
    #expect(
      Array(derived.sourceRanges) == [
        TextRange(start: 6, end: 9), TextRange(start: 9, end: 12), TextRange(start: 12, end: 15),
      ])
    #expect(derived.sourceRanges != NormalizedText(text, mode: .matching).sourceRanges)
  }
}
