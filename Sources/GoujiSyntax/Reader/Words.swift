import GoujiText

/// The words of a range of the text, in order: the runs of characters between white space and the leftovers and page
/// furniture (``ExcludedRanges``) that the table readers take for white space. The one tokenizer of the readers that
/// split text at white space (a row's values, lines of numbers, header words, the label text before a row's values);
/// lazy, so a reader that stops at the first word it cannot use scans no further. A zero-width character (U+200B,
/// U+200C, U+200D, U+2060, U+FEFF) shows nothing, so it neither ends a word nor starts one: web editors leave them
/// inside values and labels (`1\u{200B}43` is the 143 the writer sees, `行政\u{200B}许可` one label), and the normalised
/// text drops them.
struct Words: Sequence, IteratorProtocol {
  private let text: SourceText
  private let excluded: ExcludedRanges
  private let end: Int
  private var index: Int

  init(in range: TextRange, text: SourceText, excluded: ExcludedRanges) {
    self.text = text
    self.excluded = excluded
    end = range.end
    index = range.start
  }

  mutating func next() -> TextRange? {
    var start: Int?
    while index < end {
      if let stretchEnd = excluded.end(ofStretchAt: index) {
        if let start { return TextRange(start: start, end: index) }
        index = Swift.max(index + 1, stretchEnd)
        continue
      }
      let width = SourceText.scalarByteCount(lead: text.bytes[index])
      if Words.isZeroWidth(text.bytes, at: index, width: width) {
        index += width
        continue
      }
      if text.isSpace(at: index, width: width) {
        if let start {
          defer { index += width }
          return TextRange(start: start, end: index)
        }
      } else if start == nil {
        start = index
      }
      index += width
    }
    return start.map { TextRange(start: $0, end: end) }
  }

  /// Whether the character of `width` bytes at `index` is zero-width: U+200B–U+200D and U+2060 (`E2 80 8B`–`8D`,
  /// `E2 81 A0`) or U+FEFF (`EF BB BF`).
  private static func isZeroWidth(_ bytes: [UInt8], at index: Int, width: Int) -> Bool {
    guard width == 3 else { return false }
    let (lead, second, third) = (bytes[index], bytes[index + 1], bytes[index + 2])
    if lead == 0xE2 { return second == 0x80 && (0x8B...0x8D).contains(third) || second == 0x81 && third == 0xA0 }
    return lead == 0xEF && second == 0xBB && third == 0xBF
  }
}
