import GoujiText

/// Headings numbered as parts: `第一部分 总体情况`, `第二部分　主动公开政府信息情况`, `第三部分：…`, `第1部分…`. Real
/// reports number their six sections so as often as `一、`; the reader takes them for the format's sections by the
/// same number and title matching, and GJ103 names the numbering that differs from the national heading.
extension SectionReader {
  /// Parses `第numeral部分[separator]title` starting at `start`: the numeral Chinese (`一`…`九十九`) or digits
  /// (ASCII or full-width), the separator white space, a colon, `、` or a full stop, or nothing.
  static func parsePartHeading(_ text: SourceText, from start: Int, limit: Int, line: Int) -> SectionHeading? {
    guard start < limit, text.scalar(at: start) == "第" else { return nil }
    var index = start + SourceText.scalarByteCount(lead: text.bytes[start])
    var numeral = ""
    while index < limit, numeral.count < 3 {
      let scalar = text.scalar(at: index)
      let folded = CharacterFolding.replacement(for: scalar).flatMap(\.first) ?? Character(scalar)
      guard ChineseNumeral.isNumeralCharacter(folded) || (folded.isASCII && folded.isNumber) else { break }
      numeral.append(folded)
      index += SourceText.scalarByteCount(lead: text.bytes[index])
    }
    guard let number = ChineseNumeral.value(numeral) ?? asciiNumber(numeral), index < limit,
      text[TextRange(start: index, end: min(limit, index + partWord.utf8.count))] == partWord
    else { return nil }
    index += partWord.utf8.count
    let numberRange = TextRange(start: start, end: index)
    var hasSeparator = false
    while index < limit {
      let width = SourceText.scalarByteCount(lead: text.bytes[index])
      guard text.isSpace(at: index, width: width) || partSeparators.contains(text.scalar(at: index)) else { break }
      hasSeparator = true
      index += width
    }
    let titleRange = trimmingEmphasis(text, text.trimmingSpaces(TextRange(start: index, end: limit)))
    let title = headingTitle(text, titleRange)
    guard !title.isEmpty else { return nil }
    return SectionHeading(
      number: number, title: title, range: TextRange(start: start, end: titleRange.end), numberRange: numberRange,
      titleRange: titleRange, line: line, numbering: .part(hasSeparator: hasSeparator)
    )
  }

  /// `部分`.
  private static let partWord = "部分"

  /// What may stand between `第一部分` and its title besides white space.
  private static let partSeparators: Set<Unicode.Scalar> = ["：", ":", "、", ".", "．"]

  /// The value of `1`…`99` (a part numbered in digits).
  private static func asciiNumber(_ numeral: String) -> Int? {
    guard (1...2).contains(numeral.count), numeral.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(numeral).flatMap { $0 > 0 ? $0 : nil }
  }

  /// A title range without the closing `**` of a bold Markdown heading (`**第一部分 总体情况**`), so that the
  /// heading's range, and GJ103's fix that replaces it, is the heading alone.
  static func trimmingEmphasis(_ text: SourceText, _ range: TextRange) -> TextRange {
    var end = range.end
    while end > range.start, text.bytes[end - 1] == 0x2A { end -= 1 }
    return text.trimmingSpaces(TextRange(start: range.start, end: end))
  }
}
