import Testing

@testable import GoujiText

private func edit(_ start: Int, _ end: Int, _ newText: String) -> TextEdit {
  TextEdit(range: TextRange(start: start, end: end), newText: newText)
}

private func insert(_ offset: Int, _ newText: String) -> TextEdit {
  TextEdit(range: TextRange(emptyAt: offset), newText: newText)
}

@Suite struct SequentialEditTests {
  @Test func noEditsLeaveTheTextAlone() {
    let text = SourceText("一\n二")
    #expect(text.applyingSequentially([]) == text)
  }

  @Test func laterEditsReferToTheTextEarlierEditsProduced() {
    // After inserting "一、" (6 bytes) at 0, "总体" sits at 6..<12 of the new text, not at 0..<6.
    let text = SourceText("总体情况")
    let result = text.applyingSequentially([insert(0, "一、"), edit(6, 12, "主动")])
    #expect(result.string == "一、主动情况")
  }

  @Test func insertAfterAnInsertedAstralCharacter() {
    // "ab" → "a𠀀b" (𠀀 at 1..<5) → "a𠀀!b".
    let result = SourceText("ab").applyingSequentially([insert(1, "𠀀"), insert(5, "!")])
    #expect(result.string == "a𠀀!b")
  }

  @Test func editSpanningACRLFJoinsTheLines() {
    // "ab\r\ncd": "b\r\nc" is 1..<5.
    let result = SourceText("ab\r\ncd").applyingSequentially([edit(1, 5, "X")])
    #expect(result.string == "aXd")
    #expect(result.lineStarts == [0])
  }

  @Test func deletingALineTerminatorJoinsLinesAndUpdatesTheLineIndex() {
    // "一\r\n二\n三": the CRLF after 一 is 3..<5.
    let text = SourceText("一\r\n二\n三")
    #expect(text.lineStarts == [0, 5, 9])
    let result = text.applyingSequentially([edit(3, 5, "")])
    #expect(result.string == "一二\n三")
    #expect(result.lineStarts == [0, 7])
    #expect(result.lineText(0) == "一二")
  }

  @Test func deletingOnlyTheCROfACRLFLeavesAnLF() {
    let result = SourceText("a\r\nb").applyingSequentially([edit(1, 2, "")])
    #expect(result.string == "a\nb")
    #expect(result.lineStarts == [0, 2])
  }

  @Test func deletingOnlyTheLFOfACRLFLeavesALoneCR() {
    let result = SourceText("a\r\nb").applyingSequentially([edit(2, 3, "")])
    #expect(result.string == "a\rb")
    #expect(result.lineStarts == [0, 2])
  }

  @Test func insertingBetweenCRAndLFSplitsTheTerminatorInTwo() {
    // "a\r\nb" → "a\rx\nb": a lone CR, then "x" ending in LF.
    let result = SourceText("a\r\nb").applyingSequentially([insert(2, "x")])
    #expect(result.lineStarts == [0, 2, 4])
    #expect((0..<3).map(result.lineText) == ["a", "x", "b"])
  }

  @Test func insertingANewlineAddsALine() {
    let result = SourceText("一二").applyingSequentially([insert(3, "\r\n")])
    #expect(result.lineStarts == [0, 5])
    #expect(result.lineText(1) == "二")
  }

  @Test func rangesAreClampedToScalarBoundariesAndTheText() {
    // 2..<4 in "一二" is clamped to 0..<3, the whole of 一.
    #expect(SourceText("一二").applyingSequentially([edit(2, 4, "X")]).string == "X二")
    #expect(SourceText("ab").applyingSequentially([edit(5, 9, "!")]).string == "ab!")
  }

  @Test func editsThatCancelOutRestoreTheText() {
    let text = SourceText("第一条\r\n")
    let result = text.applyingSequentially([insert(9, "（一）"), edit(9, 18, "")])
    #expect(result == text)
  }
}

@Suite struct SimultaneousEditTests {
  // "甲乙丙丁": 甲 0..<3, 乙 3..<6, 丙 6..<9, 丁 9..<12.
  static let text = SourceText("甲乙丙丁")
  static let disjoint = [edit(0, 3, "A"), edit(6, 9, "C"), insert(12, "!")]

  @Test(arguments: [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]])
  func nonOverlappingEditsApplyInAnyGivenOrder(order: [Int]) {
    let (result, skipped) = Self.text.applyingSimultaneously(order.map { Self.disjoint[$0] })
    #expect(result.string == "A乙C丁!")
    #expect(skipped.isEmpty)
  }

  @Test func allRangesReferToTheOriginalText() {
    // Replacing 甲 with a longer text does not move 丁's range.
    let (result, _) = Self.text.applyingSimultaneously([edit(0, 3, "一二三"), edit(9, 12, "D")])
    #expect(result.string == "一二三乙丙D")
  }

  @Test func adjacentReplacementsBothApply() {
    let (result, skipped) = Self.text.applyingSimultaneously([edit(3, 6, "B"), edit(0, 3, "A")])
    #expect(result.string == "AB丙丁")
    #expect(skipped.isEmpty)
  }

  @Test func theLaterOfTwoOverlappingEditsInTextOrderIsSkipped() {
    let first = edit(0, 6, "X")
    let second = edit(3, 9, "Y")
    for edits in [[first, second], [second, first]] {
      let (result, skipped) = Self.text.applyingSimultaneously(edits)
      #expect(result.string == "X丙丁")  // 甲乙 replaced; Y (乙丙) dropped
      #expect(skipped == [second])
    }
  }

  @Test func identicalRangesKeepTheFirstGiven() {
    let (result, skipped) = Self.text.applyingSimultaneously([edit(3, 6, "B"), edit(3, 6, "b")])
    #expect(result.string == "甲B丙丁")
    #expect(skipped == [edit(3, 6, "b")])
  }

  @Test func anEditInsideAnotherIsSkipped() {
    let (result, skipped) = Self.text.applyingSimultaneously([edit(0, 12, "全"), edit(3, 6, "B"), insert(6, "+")])
    #expect(result.string == "全")
    #expect(skipped == [edit(3, 6, "B"), insert(6, "+")])
  }

  @Test func insertionsAtTheSameOffsetKeepTheirGivenOrder() {
    #expect(Self.text.applyingSimultaneously([insert(3, "a"), insert(3, "b")]).text.string == "甲ab乙丙丁")
    #expect(Self.text.applyingSimultaneously([insert(3, "b"), insert(3, "a")]).text.string == "甲ba乙丙丁")
    let three = Self.text.applyingSimultaneously([insert(3, "1"), edit(9, 12, "D"), insert(3, "2"), insert(3, "3")])
    #expect(three.text.string == "甲123乙丙D")
    #expect(three.skipped.isEmpty)
  }

  @Test func insertionAtTheStartOfAReplacementGoesBeforeIt() {
    let (result, skipped) = Self.text.applyingSimultaneously([edit(3, 6, "B"), insert(3, "x")])
    #expect(result.string == "甲xB丙丁")
    #expect(skipped.isEmpty)
  }

  @Test func insertionAtTheEndOfAReplacementGoesAfterIt() {
    let (result, skipped) = Self.text.applyingSimultaneously([insert(6, "x"), edit(3, 6, "B")])
    #expect(result.string == "甲Bx丙丁")
    #expect(skipped.isEmpty)
  }

  @Test func editsAcrossLinesUpdateTheLineIndex() {
    // "一\r\n二\r\n三": CRLFs at 3..<5 and 8..<10.
    let text = SourceText("一\r\n二\r\n三")
    let (result, skipped) = text.applyingSimultaneously([edit(8, 10, ""), edit(3, 5, "\n\n")])
    #expect(result.string == "一\n\n二三")
    #expect(result.lineStarts == [0, 4, 5])
    #expect(skipped.isEmpty)
  }

  @Test func emptyEditListLeavesTheTextAlone() {
    let (result, skipped) = Self.text.applyingSimultaneously([])
    #expect(result == Self.text)
    #expect(skipped.isEmpty)
  }
}
