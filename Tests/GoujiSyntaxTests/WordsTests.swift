import GoujiText
import Testing

@testable import GoujiSyntax

/// The readers' one tokenizer: words end at white space (any, CRLF and the ideographic space included), at leftovers
/// and furniture, and at the end of the range asked about.
@Suite struct WordsTests {
  @Test func wordsEndAtWhiteSpaceExcludedRangesAndTheRangeEnd() {
    let before = "  𠀀甲 12\r\n3"
    let string = before + "[image: x]45　6 78"
    let text = SourceText(string)
    let leftover = TextRange(start: before.utf8.count, end: before.utf8.count + "[image: x]".utf8.count)
    let excluded = ExcludedRanges([leftover])
    let all = Words(in: text.fullRange, text: text, excluded: excluded).map { String(text[$0]) }
    #expect(all == ["𠀀甲", "12", "3", "45", "6", "78"])
    let cut = TextRange(start: 2, end: string.utf8.count - 1)
    #expect(Words(in: cut, text: text, excluded: excluded).map { String(text[$0]) }.last == "7")
    #expect(Array(Words(in: TextRange(start: 0, end: 2), text: text, excluded: excluded)).isEmpty)
  }
}
