import Testing

@testable import GoujiText

@Suite struct CharacterFoldingTests {
  @Test(arguments: [
    ("⼀", "一"),  // U+2F00 KANGXI RADICAL ONE
    ("⼆", "二"),  // U+2F06
    ("⼗", "十"),  // U+2F17
    ("⽇", "日"),  // U+2F47
    ("⼾", "户"),  // U+2F3E: NFKC gives the traditional 戶, the table the simplified 户
    ("⾨", "门"),  // U+2FA8: NFKC 門
    ("⾧", "长"),  // U+2FA7: NFKC 長
    ("⾞", "车"),  // U+2F9E: NFKC 車
    ("⻓", "长"),  // U+2ED3 CJK RADICAL C-SIMPLIFIED LONG: NFKC leaves it alone
    ("⻔", "门"),  // U+2ED4 CJK RADICAL C-SIMPLIFIED GATE
    ("⺠", "民"),  // U+2EA0 CJK RADICAL CIVILIAN
    ("⻅", "见"),  // U+2EC5
    ("⻳", "龟"),  // U+2EF3, one NFKC does map
    ("\u{F900}", "\u{8C48}"),  // CJK COMPATIBILITY IDEOGRAPH-F900 → 豈
    ("\u{2F800}", "\u{4E3D}"),  // CJK COMPATIBILITY IDEOGRAPH-2F800 → 丽
    ("\u{F98E}\u{FA01}", "年度"),  // compatibility 年 and 度, as PDF extraction produces them
  ])
  func compatibilityIdeographsFoldToSimplifiedIdeographs(source: String, expected: String) {
    #expect(scalars(CharacterFolding.normalize(source)) == scalars(expected))
  }

  /// Regression: the table was built with `String !=`, under which a canonical singleton equals its mapping, so no
  /// compatibility ideograph was ever folded or recognised.
  @Test func compatibilityIdeographsFoldToADifferentScalar() {
    #expect(CharacterFolding.replacement(for: "\u{F900}").map(scalars) == ["\u{8C48}"])
    #expect(CharacterFolding.normalize("\u{F98E}").unicodeScalars.first?.value == 0x5E74)
  }

  @Test func doorRadicalFoldsToSimplifiedNotTraditional() {
    #expect(scalars(CharacterFolding.normalize("⼾")) != scalars("戶"))
    #expect(scalars(CharacterFolding.normalize("⼾籍")) == scalars("户籍"))
  }

  @Test(arguments: [
    ("０１２３４５６７８９", "0123456789"),
    ("ＡＺａｚ", "AZaz"),
    ("（一）", "(一)"),  // full-width parentheses are NFKC-folded too
    ("，：；", ",:;"),
    ("\u{3000}", " "),  // ideographic space
    ("\u{A0}", " "),  // no-break space
    ("\u{2002}\u{2003}\u{2009}\u{202F}", "    "),  // en, em, thin, narrow no-break spaces
    ("a\u{200B}b", "ab"),  // zero-width space
    ("a\u{200C}\u{200D}\u{2060}b", "ab"),  // ZWNJ, ZWJ, word joiner
    ("\u{FEFF}a", "a"),  // a stray BOM
    ("①②", "①②"),  // circled numbers stay: a footnote mark after a value (`399②`) is no digit of it
    ("㉑⓪", "㉑⓪"),
    ("⑴⒈", "(1)1."),  // parenthesised and full-stop numbers of labels fold
    ("㈠", "(一)"),  // parenthesized ideograph one
    ("Ⅲ", "III"),  // Roman numeral three
    ("ｱ", "ア"),  // half-width katakana
  ])
  func widthAndSpaceVariantsFold(source: String, expected: String) {
    #expect(scalars(CharacterFolding.normalize(source)) == scalars(expected))
  }

  @Test(arguments: ["政府信息公开", "abc 123", "第𠀀条", "😀", "\t\r\n", "、。“”《》"])
  func ordinaryTextIsUnchanged(source: String) {
    #expect(scalars(CharacterFolding.normalize(source)) == scalars(source))
  }

  @Test func replacementIsNilForCharactersThatStay() {
    for scalar: Unicode.Scalar in ["a", " ", "\n", "一", "\u{9FFF}", "\u{20000}", "、", "。"] {
      #expect(CharacterFolding.replacement(for: scalar) == nil, "U+\(String(scalar.value, radix: 16))")
    }
    #expect(CharacterFolding.replacement(for: "\u{200B}") == "")  // removed
    #expect(CharacterFolding.replacement(for: "０") == "0")
  }

  /// The reader skips a line without the bytes of `附` (an appendix line) or `告` (the end of every title ending)
  /// before folding it: that holds only while no other character folds to a text holding them.
  @Test(arguments: ["附", "告"] as [Unicode.Scalar])
  func markFoundByItsBytesFoldsFromNoOtherCharacter(mark: Unicode.Scalar) {
    let foldingToMark = (0...0x10FFFF as ClosedRange<UInt32>).compactMap { Unicode.Scalar($0) }.filter {
      CharacterFolding.replacement(for: $0)?.unicodeScalars.contains(mark) == true
    }
    #expect(foldingToMark.isEmpty, "\(foldingToMark.map { "U+\(String($0.value, radix: 16))" })")
  }

  @Test func normalizingPreservesSurroundingText() {
    #expect(scalars(CharacterFolding.normalize("第⼆⼗条　共１２件")) == scalars("第二十条 共12件"))
  }

  @Test(arguments: [
    Unicode.Scalar(0x2F00)!,  // ⼀ Kangxi
    Unicode.Scalar(0x2F3E)!,  // ⼾ Kangxi, mapped by the simplified table
    Unicode.Scalar(0x2ED3)!,  // ⻓ radicals supplement
    Unicode.Scalar(0x2EA0)!,  // ⺠ radicals supplement
    Unicode.Scalar(0xF900)!,  // compatibility ideograph
    Unicode.Scalar(0x2F800)!,  // compatibility ideograph supplement
  ])
  func compatibilityIdeographsAreRecognised(scalar: Unicode.Scalar) {
    #expect(CharacterFolding.isCompatibilityIdeograph(scalar))
  }

  @Test(arguments: [
    Unicode.Scalar(0xFF08)!,  // （ full-width punctuation is legitimate
    Unicode.Scalar(0xFF0C)!,  // ，
    Unicode.Scalar(0xFF10)!,  // ０
    Unicode.Scalar(0x3000)!,  // ideographic space
    Unicode.Scalar(0x4E00)!,  // 一 itself
    Unicode.Scalar(0x20000)!,  // 𠀀, an ordinary (astral) ideograph
    Unicode.Scalar(0x2E80)!,  // ⺀ radicals supplement, but not in the table: nothing to map it to
    Unicode.Scalar(0xFA0E)!,  // 﨎: in the compatibility block but a unified ideograph (no decomposition)
    Unicode.Scalar(0x2460)!,  // ① folds, but is not an ideograph
  ])
  func otherCharactersAreNotCompatibilityIdeographs(scalar: Unicode.Scalar) {
    #expect(!CharacterFolding.isCompatibilityIdeograph(scalar))
  }

  @Test func fullWidthDigitsAreExactlyZeroToNine() {
    #expect(CharacterFolding.isFullWidthDigit("０"))
    #expect(CharacterFolding.isFullWidthDigit("９"))
    #expect(!CharacterFolding.isFullWidthDigit("0"))
    #expect(!CharacterFolding.isFullWidthDigit("\u{FF0F}"))  // ／ just before ０
    #expect(!CharacterFolding.isFullWidthDigit("\u{FF1A}"))  // ： just after ９
  }

  @Test func isSpaceCoversEveryKindOfWhiteSpace() {
    let spaces: [Unicode.Scalar] = [
      " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2002}", "\u{200B}", "\u{2028}", "\u{3000}",
      "\u{FEFF}",
    ]
    for scalar in spaces { #expect(CharacterFolding.isSpace(scalar), "U+\(String(scalar.value, radix: 16))") }
    for scalar: Unicode.Scalar in ["a", "一", "_", "、", "\u{2010}"] { #expect(!CharacterFolding.isSpace(scalar)) }
  }

  @Test(arguments: [
    ("\u{3000}\u{3000}0", "0"),
    ("\u{2002}12\u{A0}", "12"),
    ("\u{A0}\u{3000} 第⼀条\u{200B}\t", "第一条"),
    ("\u{3000}\u{3000}\u{200B}", ""),
    ("", ""),
    ("一\u{3000}二", "一 二"),  // inner white space is normalised, not removed
    ("\r\n３\r\n", "3"),
  ])
  func normalizeAndTrimRemovesSurroundingWhiteSpace(source: String, expected: String) {
    #expect(scalars(CharacterFolding.normalizeAndTrim(source)) == scalars(expected))
  }

  @Test func trimSpacesDoesNotNormalize() {
    #expect(CharacterFolding.trimSpaces("\u{3000}０\u{3000}") == "０")
    #expect(CharacterFolding.trimSpaces("\u{200B}") == "")
  }

  @Test func normalizeAcceptsSubstrings() {
    let line = "标题：第⼀条"
    #expect(scalars(CharacterFolding.normalize(line.dropFirst(3))) == scalars("第一条"))
  }

  @Test func ideographsOfEveryBlockAreIdeographsAndNothingElseIs() {
    // Basic block, extension A, 〇, extension B (𠀀), extension G; then a kana, full-width punctuation, a digit, a
    // compatibility ideograph (left to isCompatibilityIdeograph) and an emoji.
    for scalar in "政㐀〇𠀀𰀀".unicodeScalars { #expect(CharacterFolding.isIdeograph(scalar), "\(scalar)") }
    for scalar in "あ，（3\u{F900}\u{2F800}😀".unicodeScalars {
      #expect(!CharacterFolding.isIdeograph(scalar), "\(scalar)")
    }
  }

  @Test func aScalarSearchFindsWhatFoundationWouldAndSurvivesANUL() {
    #expect("行政诉讼结果纠正".containsScalars("纠正"))
    #expect(!"行政诉讼".containsScalars("纠正"))
    #expect("".containsScalars(""))
    #expect("纠正\u{0}其他".containsScalars("\u{0}其"))
    #expect(!"结果".containsScalars("纠正\u{0}"))
    #expect("𠀀结果".containsScalars("𠀀结"))
  }
}
