import GoujiText
import Testing

/// Heading numerals are the numerals 1…99 written with 一…九 and 十; statutes' numerals add 〇, 零, 两, 百 and ASCII
/// digits. One implementation reads both.
@Suite struct ChineseNumeralTests {
  @Test func headingNumeralsReadBackForOneToNinetyNine() {
    for number in 1...99 {
      #expect(ChineseNumeral.value(ChineseNumeral.string(number)) == number)
      #expect(ChineseNumeral.string(number).allSatisfy(ChineseNumeral.isNumeralCharacter))
    }
  }

  @Test func headingNumeralsRejectWhatOnlyStatutesWrite() {
    for text in ["两", "一百", "一百零五", "〇", "零", "12", "十十", "一二", "二十二十", ""] {
      #expect(ChineseNumeral.value(text) == nil, "\(text)")
    }
    #expect(ChineseNumeral.value(of: "两") == 2 && ChineseNumeral.value(of: "一百零五") == 105)
    #expect(ChineseNumeral.value(of: "12") == 12 && ChineseNumeral.value(of: "3十") == nil)
    #expect(ChineseNumeral.isAnyNumeralCharacter("百") && !ChineseNumeral.isNumeralCharacter("百"))
  }

  /// The heading reader, which reads scalars, agrees with the general reader restricted to at most three of 一…九 and
  /// 十, on every string of up to four characters from those, the statutes' numerals, a letter and a combining mark.
  @Test func headingNumeralsReadAsTheGeneralReaderReadsThem() {
    let alphabet: [String] = ["一", "二", "五", "九", "十", "零", "两", "百", "3", "a", "\u{0301}"]
    var texts = [""]
    var all = [""]
    for _ in 1...4 {
      texts = texts.flatMap { text in alphabet.map { text + $0 } }
      all += texts
    }
    for text in all {
      let general =
        text.count <= 3 && text.unicodeScalars.allSatisfy(ChineseNumeral.isNumeralScalar)
        ? ChineseNumeral.value(of: text) : nil
      #expect(ChineseNumeral.value(text) == general, "\(text)")
      #expect(ChineseNumeral.value(Substring(text)) == general, "\(text)")
    }
  }
}
