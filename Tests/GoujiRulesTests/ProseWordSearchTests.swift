import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiRules

/// ``ProseView``'s word search (one pass for a whole ``WordList``, a bit test per position) finds what a plain search
/// of the view's scalars finds: the first occurrence of each word inside the range, on random text with CJK, an astral
/// character, CRLF and words that overlap or share first characters (`上年`, `上一年`; `𠀀` and `一` collide in the
/// bit test).
@Suite struct ProseWordSearchTests {
  static let pieces = ["上", "年", "一", "去", "同比", "𠀀", "\r\n", " ", "，", "a", "浙江省", "江"]
  static let words = ["上年", "上一年", "去年", "同比", "𠀀一", "一", "浙江省", "江省", "", "年\r", "a 上"]

  /// The first index in `range` of `word` in `scalars`, searched plainly.
  static func plainFirstIndex(_ word: String, in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Int? {
    let needle = Array(word.unicodeScalars)
    guard !needle.isEmpty, range.count >= needle.count else { return nil }
    return (range.lowerBound...(range.upperBound - needle.count)).first {
      Array(scalars[$0..<($0 + needle.count)]) == needle
    }
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func findsWhatAPlainSearchFinds(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<40 {
      let string = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
        Self.pieces.randomElement(using: &generator)!
      }.joined()
      let text = SourceText(string)
      let prose = ProseView(text, range: TextRange(start: 0, end: text.count))
      let scalars = prose.view.scalars
      let lower = Int.random(in: 0...scalars.count, using: &generator)
      let range = lower..<Int.random(in: lower...scalars.count, using: &generator)
      let expected = Self.words.map { Self.plainFirstIndex($0, in: range, of: scalars) }
      #expect(prose.firstIndices(of: WordList(Self.words), in: range) == expected, "\(string.debugDescription)")
      #expect(Self.words.map { prose.firstIndex(of: $0, in: range) } == expected)
      #expect(prose.containsAny(Self.words, in: range) == expected.contains { $0 != nil })
    }
  }
}
