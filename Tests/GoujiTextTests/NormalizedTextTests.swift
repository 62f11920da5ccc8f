import Testing

@testable import GoujiText

@Suite struct NormalizedTextTests {
  @Test func kangxiRadicalsMapBackToTheirOwnBytes() {
    // 第 0..<3, ⼆ 3..<6, ⼗ 6..<9, 条 9..<12.
    let text = SourceText("第⼆⼗条")
    let view = NormalizedText(text, mode: .matching)
    #expect(view.string() == "第二十条")
    let index = view.firstIndex(of: NormalizedText.fold("二十", mode: .matching))
    #expect(index == 1)
    let range = view.sourceRange(of: 1..<3)
    #expect(range == TextRange(start: 3, end: 9))
    #expect(text[range] == "⼆⼗")
  }

  @Test func displayModeKeepsWhiteSpaceAsPlainSpaces() {
    // 一 0..<3, U+3000 3..<6, 二 6..<9, U+200B 9..<12, 三 12..<15, TAB 15, 四 16..<19, LF 19.
    let view = NormalizedText(SourceText("一\u{3000}二\u{200B}三\t四\n"), mode: .display)
    #expect(view.string() == "一 二三\t四\n")
    #expect(view.count == 7)
    #expect(
      Array(view.sourceRanges) == [
        TextRange(start: 0, end: 3), TextRange(start: 3, end: 6), TextRange(start: 6, end: 9),
        TextRange(start: 12, end: 15), TextRange(start: 15, end: 16), TextRange(start: 16, end: 19),
        TextRange(start: 19, end: 20),
      ])
  }

  @Test func matchingModeDropsAllWhiteSpace() {
    let view = NormalizedText(SourceText("一\u{3000}二\u{200B}三\t四\r\n"), mode: .matching)
    #expect(view.string() == "一二三四")
    #expect(
      Array(view.sourceRanges) == [
        TextRange(start: 0, end: 3), TextRange(start: 6, end: 9), TextRange(start: 12, end: 15),
        TextRange(start: 16, end: 19),
      ])
  }

  @Test func labelBrokenByASpaceMatchesAndSpansTheSpace() {
    // 社会公益 0..<12, space 12, 组织 13..<19.
    let text = SourceText("社会公益 组织")
    let view = NormalizedText(text, mode: .matching)
    let needle = NormalizedText.fold("社会公益组织", mode: .matching)
    #expect(view.firstIndex(of: needle) == 0)
    #expect(view.sourceRange(of: 0..<6) == TextRange(start: 0, end: 19))
  }

  @Test func labelBrokenAcrossLinesMatchesAndSpansTheLineBreaks() {
    // 申请人 0..<9, ： 9..<12, 自 12..<15, LF 15, 然 16..<19, LF 19, 人 20..<23.
    let text = SourceText("申请人：自\n然\n人")
    let view = NormalizedText(text, mode: .matching)
    #expect(view.string() == "申请人:自然人")
    let index = view.firstIndex(of: NormalizedText.fold("自然人", mode: .matching))
    #expect(index == 4)
    let range = view.sourceRange(of: 4..<7)
    #expect(range == TextRange(start: 12, end: 23))
    #expect(text[range] == "自\n然\n人")
  }

  @Test func compatibilityIdeographsMatchTheUnifiedIdeographs() {
    // "2023" 0..<4, compatibility 年 (U+F98E) 4..<7, compatibility 度 (U+FA01) 7..<10, 报告 10..<16.
    let text = SourceText("2023\u{F98E}\u{FA01}报告")
    let view = NormalizedText(text, mode: .matching)
    #expect(view.scalars == scalars("2023年度报告"))
    #expect(view.firstIndex(of: NormalizedText.fold("年度报告", mode: .matching)) == 4)
    #expect(view.sourceRange(of: 4..<6) == TextRange(start: 4, end: 10))
  }

  @Test func fullWidthDigitsMatchASCIIDigits() {
    // 第 0..<3, ２ 3..<6, ０ 6..<9, 条 9..<12.
    let view = NormalizedText(SourceText("第２０条"), mode: .matching)
    #expect(view.firstIndex(of: NormalizedText.fold("20", mode: .matching)) == 1)
    #expect(view.sourceRange(of: 1..<3) == TextRange(start: 3, end: 9))
  }

  @Test(arguments: ["“三安全一稳定”", "「三安全一稳定」", "『三安全一稳定』", "\"三安全一稳定\"", "‘三安全一稳定’"])
  func quotesDisappearInMatchingMode(source: String) {
    let view = NormalizedText(SourceText(source), mode: .matching)
    #expect(view.string() == "三安全一稳定")
    // The opening quote is 3 bytes, or 1 for ASCII; the six ideographs take 18.
    let quote = source.unicodeScalars.first!.utf8.count
    #expect(view.sourceRange(of: 0..<6) == TextRange(start: quote, end: quote + 18))
  }

  @Test func markdownAsterisksDisappearInMatchingMode() {
    #expect(NormalizedText.foldedString("**总体情况**", mode: .matching) == "总体情况")
  }

  /// html2text escapes an item number at a line's start (`3\. 其他`): the escape is not part of the label, and the
  /// label's match still covers it, from the number to its last character.
  @Test func markdownEscapesDisappearInMatchingModeAndStayInTheMatch() throws {
    let text = SourceText("𠀀\r\n3\\. 其他| 94\r\n")
    let view = NormalizedText(text, mode: .matching)
    #expect(view.string() == "𠀀3.其他|94")
    let label = try #require(view.firstIndex(of: Array("3.其他".unicodeScalars)))
    let start = 4 + 2
    #expect(view.sourceRange(of: label..<label + 4) == TextRange(start: start, end: start + 4 + 6))
    #expect(NormalizedText.foldedString("3\\. 其他", mode: .display) == "3\\. 其他")
  }

  @Test(arguments: ["一，二", "一,二", "一、二", "一 ， 二"])
  func commasBecomeEnumerationCommasInMatchingMode(source: String) {
    #expect(NormalizedText.foldedString(source, mode: .matching) == "一、二")
  }

  @Test(arguments: ["〔2019〕", "【2019】", "[2019]", "［2019］", "〔２０１９〕"])
  func bracketsBecomeTortoiseShellBracketsInMatchingMode(source: String) {
    #expect(NormalizedText.foldedString("国办发" + source + "5号", mode: .matching) == "国办发〔2019〕5号")
  }

  @Test func displayModeKeepsQuotesBracketsAndCommas() {
    #expect(NormalizedText.foldedString("“甲”【乙】一，二", mode: .display) == "“甲”【乙】一,二")
  }

  @Test func oneSourceCharacterCanBecomeSeveral() {
    // ㈠ (0..<3) folds to "(一)"; every one of the three maps back to ㈠.
    let view = NormalizedText(SourceText("㈠总体"), mode: .display)
    #expect(view.string() == "(一)总体")
    #expect(view.sourceRange(of: 1..<2) == TextRange(start: 0, end: 3))
    #expect(view.sourceRange(of: 0..<3) == TextRange(start: 0, end: 3))
    #expect(view.sourceRange(of: 2..<4) == TextRange(start: 0, end: 6))
  }

  @Test func astralCharactersAndEmojiPassThrough() {
    // 第 0..<3, 𠀀 3..<7, 😀 7..<11.
    let view = NormalizedText(SourceText("第𠀀😀"), mode: .matching)
    #expect(view.scalars == ["第", "\u{20000}", "\u{1F600}"])
    #expect(view.sourceRanges[1] == TextRange(start: 3, end: 7))
    #expect(view.sourceRanges[2] == TextRange(start: 7, end: 11))
  }

  @Test func aSubRangeIsNormalisedWithAbsoluteSourceRanges() {
    let text = SourceText("第⼆⼗条")
    let view = NormalizedText(text, range: TextRange(start: 3, end: 9), mode: .matching)
    #expect(view.string() == "二十")
    #expect(Array(view.sourceRanges) == [TextRange(start: 3, end: 6), TextRange(start: 6, end: 9)])
  }

  @Test func aSubRangeIsClampedToCharacterBoundaries() {
    // 4..<8 lies inside ⼆ and ⼗; clamped to 3..<6, which is ⼆ alone.
    let view = NormalizedText(SourceText("第⼆⼗条"), range: TextRange(start: 4, end: 8), mode: .matching)
    #expect(view.string() == "二")
    #expect(Array(view.sourceRanges) == [TextRange(start: 3, end: 6)])
  }

  @Test func emptySourceRangeIsBeforeTheFollowingCharacter() {
    let view = NormalizedText(SourceText("第⼆⼗条"), mode: .matching)
    #expect(view.sourceRange(of: 0..<0) == TextRange(emptyAt: 0))
    #expect(view.sourceRange(of: 2..<2) == TextRange(emptyAt: 6))  // before ⼗
    #expect(view.sourceRange(of: 4..<4) == TextRange(emptyAt: 12))  // after 条, the end
  }

  @Test func emptySourceRangeAfterDroppedWhiteSpaceIsAtTheNextCharacter() {
    // "一 \n二": the space and LF (3, 4) are dropped, so the position between 一 and 二 is where 二 starts.
    let view = NormalizedText(SourceText("一 \n二"), mode: .matching)
    #expect(view.sourceRange(of: 1..<1) == TextRange(emptyAt: 5))
  }

  @Test func firstIndexFindsTheFirstOccurrenceAtOrAfterFrom() {
    let view = NormalizedText(SourceText("二十二十"), mode: .matching)
    let needle = NormalizedText.fold("二十", mode: .matching)
    #expect(view.firstIndex(of: needle) == 0)
    #expect(view.firstIndex(of: needle, from: 1) == 2)
    #expect(view.firstIndex(of: needle, from: 2) == 2)
    #expect(view.firstIndex(of: needle, from: 3) == nil)
    #expect(view.firstIndex(of: needle, from: -5) == 0)
  }

  @Test func firstIndexIsNilForMissingEmptyOrTooLongNeedles() {
    let view = NormalizedText(SourceText("二十"), mode: .matching)
    #expect(view.firstIndex(of: NormalizedText.fold("三", mode: .matching)) == nil)
    #expect(view.firstIndex(of: []) == nil)
    #expect(view.firstIndex(of: NormalizedText.fold("二十一", mode: .matching)) == nil)
  }

  @Test func matchesChecksBounds() {
    let view = NormalizedText(SourceText("二十"), mode: .matching)
    #expect(view.matches(["二", "十"], at: 0))
    #expect(view.matches(["十"], at: 1))
    #expect(!view.matches(["十"], at: 0))
    #expect(!view.matches(["十", "一"], at: 1))
    #expect(!view.matches(["二"], at: -1))
  }

  @Test func foldOfAStringMatchesTheFoldOfAText() {
    let source = "第⼀条　“社会公益 组织”，【⼾籍】"
    let view = NormalizedText(SourceText(source), mode: .matching)
    #expect(NormalizedText.fold(source, mode: .matching) == view.scalars)
    #expect(NormalizedText.foldedString(source, mode: .matching) == "第一条社会公益组织、〔户籍〕")
  }

  @Test func stringOfARangeIsThoseNormalisedCharacters() {
    let view = NormalizedText(SourceText("第⼆⼗条"), mode: .display)
    #expect(view.string(1..<3) == "二十")
    #expect(view.string(0..<0) == "")
  }

  @Test func emptyTextGivesAnEmptyView() {
    let view = NormalizedText(SourceText(""), mode: .matching)
    #expect(view.count == 0)
    #expect(view.string() == "")
    #expect(view.sourceRange(of: 0..<0) == TextRange(emptyAt: 0))
  }
}
