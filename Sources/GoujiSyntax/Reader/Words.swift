import GoujiText

/// The words of a range of the text, in order: the runs of characters between white space and the leftovers and page
/// furniture (``ExcludedRanges``) that the table readers take for white space. The one tokenizer of the readers that
/// split text at white space (a row's values, lines of numbers, header words, the label text before a row's values);
/// lazy, so a reader that stops at the first word it cannot use scans no further.
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
}
