import GoujiRules
import GoujiTestSupport
import GoujiText
import Testing

/// `SourceText.singleLineOpening(of:characters:)` reads a message's quoted opening from the first bytes of a range
/// only; it must say what the whole range's one-line text says.
@Suite struct SingleLineOpeningTests {
  /// The opening as the whole range gives it.
  private func expected(_ text: SourceText, _ range: TextRange, _ count: Int) -> String {
    String(text[range].singleLine.prefix(count))
  }

  @Test func openingsOfCJKAstralAndCRLFLinesAreTheWholeRangesOpenings() {
    let lines = [
      "本机关通过政府网站、政务新媒体等渠道及时公开政府信息，全年未发生泄密事件。",
      "𠀀𠀁𠀂本年度\r\n未收取\t信息处理费𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊𠀋𠀌𠀍𠀎𠀏",
      "短句。",
      "",
    ]
    for line in lines {
      let text = SourceText("标题\r\n" + line + "\r\n")
      let range = TextRange(start: "标题\r\n".utf8.count, end: "标题\r\n".utf8.count + line.utf8.count)
      for count in [0, 1, 5, 16, 40] {
        let opening = text.singleLineOpening(of: range, characters: count)
        #expect(opening == expected(text, range, count), "\(line) \(count)")
      }
    }
  }

  /// A removed TAB or line break lets the next character join the one before it (`e\t◌́` is `é` on one line), and
  /// an emoji sequence or a flag spans several scalars: wherever the first window ends, the opening is the same.
  @Test func charactersJoinedAcrossRemovedBreaksAndLongClustersAreCountedAsTheWholeRangeCountsThem() {
    var generator = SeededGenerator(seed: 11)
    let pieces = ["e", "\u{301}", "\t", "\n", "\r\n", "\r", "字", "𠀀", "👩", "\u{200D}", "🇨", "🇳", " ", "a"]
    for _ in 0..<400 {
      let length = Int.random(in: 0..<120, using: &generator)
      let line = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let text = SourceText(line)
      for count in [1, 3, 16] {
        #expect(text.singleLineOpening(of: text.fullRange, characters: count) == expected(text, text.fullRange, count))
      }
    }
  }

  /// A long line whose removed TABs join every mark into one character is read whole, once per window: the
  /// opening is still the whole line's.
  @Test func aLongLineOfJoinedMarksIsReadWhole() {
    let text = SourceText("字" + String(repeating: "\t\u{301}", count: 20_000) + "𠀀")
    #expect(text.singleLineOpening(of: text.fullRange, characters: 16) == expected(text, text.fullRange, 16))
  }
}
