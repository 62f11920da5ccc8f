import Testing

@testable import GoujiText

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("", 0),
    ("abc", 3),
    ("一", 2),
    ("政府信息公开", 12),  // six ideographs
    ("第1条", 5),  // 2 + 1 + 2
    ("（一）", 6),  // full-width parentheses are wide
    ("，、。：；", 10),  // full-width and CJK punctuation
    ("《》", 4),
    ("\u{3000}", 2),  // ideographic space
    ("０", 2),  // full-width digit
    ("ｱ", 1),  // half-width katakana
    ("𠀀", 2),  // astral ideograph (CJK Extension B)
    ("😀", 2),  // emoji
    ("e\u{301}", 1),  // e + combining acute accent
    ("\u{200B}", 0),  // zero-width space
    ("a\u{200B}b", 2),
    ("\u{FEFF}", 0),  // zero-width no-break space (BOM)
    ("一\u{FE0F}", 2),  // variation selector adds nothing
    ("\t", 0),  // control characters take no columns
    ("\u{7F}\u{85}", 0),
    ("“”", 2),  // curly quotes are East Asian Ambiguous, counted narrow
  ])
  func widthOfString(string: String, width: Int) {
    #expect(DisplayWidth.of(string) == width)
  }

  @Test func widthOfScalars() {
    #expect(DisplayWidth.of("一" as Unicode.Scalar) == 2)
    #expect(DisplayWidth.of("a" as Unicode.Scalar) == 1)
    #expect(DisplayWidth.of("\u{0}" as Unicode.Scalar) == 0)
    #expect(DisplayWidth.of("\u{301}" as Unicode.Scalar) == 0)
    #expect(DisplayWidth.of("\u{20000}" as Unicode.Scalar) == 2)
  }

  @Test func widthOfASubstring() {
    let line = "名称：政府信息公开"
    #expect(DisplayWidth.of(line.dropFirst(3)) == 12)
  }
}
