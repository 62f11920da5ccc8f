import Testing

@testable import GoujiText

/// A view's characters are written into the arrays it keeps (``NormalizedText/build(capacity:base:from:to:_:)``):
/// a long view is handed them as they were filled, after the storage doubled as often as the characters needed, and a
/// short one gets a copy of its exact size. Either way the view is the one its lines' views make together.
@Suite struct NormalizedTextStorageTests {
  /// A line that folds into more characters than it has bytes' halves (`㍿` is 3 bytes and 4 characters, `㈠` 3 and
  /// 3), so the storage grows past its first guess, with CJK, an astral character and CRLF.
  static let line = "㍿𠀀第㈠条 公开 ab\u{3000}“x”，[y]㍿㍿\r\n"

  /// `count` lines in one text, and the range of each.
  static func text(lines count: Int) -> (text: SourceText, lines: [TextRange]) {
    let text = SourceText(String(repeating: line, count: count))
    let length = line.utf8.count
    return (text, (0..<count).map { TextRange(start: $0 * length, end: ($0 + 1) * length) })
  }

  @Test(arguments: [NormalizedText.Mode.display, .matching], [1, 40, 2_000])
  func aViewIsItsLinesViewsJoinedWhateverItsLength(_ mode: NormalizedText.Mode, _ lines: Int) {
    let (text, ranges) = Self.text(lines: lines)
    let whole = NormalizedText(text, mode: mode)
    let joined = NormalizedText(joining: ranges.map { NormalizedText(text, range: $0, mode: mode) })
    #expect(whole.scalars == joined.scalars)
    #expect(Array(whole.sourceRanges) == Array(joined.sourceRanges))
    #expect(whole.string() == String(repeating: NormalizedText.foldedString(Self.line, mode: mode), count: lines))
    #expect(whole.count > text.count / 2)
    #expect(lines < 2_000 || whole.count > NormalizedText.exactCopyLimit)
  }

  @Test(arguments: [1, 2_000])
  func theMatchingViewMadeFromTheDisplayViewIsTheMatchingView(_ lines: Int) {
    let (text, _) = Self.text(lines: lines)
    let direct = NormalizedText(text, mode: .matching)
    let derived = NormalizedText(matching: NormalizedText(text, mode: .display))
    #expect(derived.scalars == direct.scalars)
    #expect(Array(derived.sourceRanges) == Array(direct.sourceRanges))
  }

  @Test func aSubRangeOfALongTextCountsFromItsStart() {
    let (text, ranges) = Self.text(lines: 2_000)
    let range = TextRange(start: ranges[3].start + 3, end: ranges[1_990].end)
    let view = NormalizedText(text, range: range, mode: .display)
    #expect(view.sourceRanges.first == TextRange(start: range.start, end: range.start + 4))
    #expect(view.sourceRanges.last == TextRange(start: range.end - 1, end: range.end))
    #expect(text[view.sourceRange(of: 0..<view.count)] == text[range])
  }
}
