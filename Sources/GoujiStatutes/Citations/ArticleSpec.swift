import GoujiText

/// The designation part of a citation, parsed from folded text: `第二十条第（五）项`, `第十六条第二款`,
/// `第四十九、五十条`, `第二十条（一）（五）项`.
///
/// White space (including line breaks) may appear inside `第…条`, `第…款` and `（…）`; only spaces and tabs may
/// separate the article from its paragraph or items, so a numbered line that follows a citation is not taken for
/// its item.
struct ArticleSpec {
  /// A number and the folded characters that write it.
  struct Number {
    let value: Int
    let range: Range<Int>
  }

  /// The index of the leading `第`.
  let start: Int
  /// The article numbers: one, or several for `第四十九、五十条`.
  let articles: [Number]
  /// The paragraph number (`第二款`).
  let paragraph: Int?
  /// The item numbers, each with the range of its label `（五）`.
  let items: [Number]
  /// The index just past the last character of the designation.
  let end: Int

  /// Parses the designation starting at the `第` at `start`, or returns `nil` when there is none.
  init?(in text: FoldedText, at start: Int) {
    let reader = Reader(text: text)
    guard let (articles, afterArticles) = reader.articleNumbers(after: start) else { return nil }
    self.start = start
    self.articles = articles
    var end = afterArticles
    var paragraph: Int?
    if let (value, next) = reader.paragraph(at: end) {
      paragraph = value
      end = next
    }
    self.paragraph = paragraph
    if let (items, next) = reader.items(at: end) {
      self.items = items
      end = next
    } else {
      self.items = []
    }
    self.end = end
  }
}

/// Reading primitives over folded text.
private struct Reader {
  let text: FoldedText

  func isScalar(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
    index < text.count && text[index] == scalar
  }

  /// The first index at or after `index` that is not white space (line breaks count only if `lineBreaks`).
  func skipSpace(_ index: Int, lineBreaks: Bool) -> Int {
    var index = index
    while index < text.count, CharacterFolding.isSpace(text[index]), lineBreaks || !FoldedText.isLineBreak(text[index])
    {
      index += 1
    }
    return index
  }

  /// A numeral starting at `index` (after optional white space), possibly with white space between its digits.
  func number(at index: Int) -> ArticleSpec.Number? {
    let start = skipSpace(index, lineBreaks: true)
    var digits = ""
    var last: Int?
    var cursor = start
    while cursor < text.count {
      let scalar = text[cursor]
      if ChineseNumeral.isAnyNumeralCharacter(Character(scalar)) {
        digits.unicodeScalars.append(scalar)
        last = cursor
      } else if !CharacterFolding.isSpace(scalar) {
        break
      }
      cursor += 1
    }
    guard let last, let value = ChineseNumeral.value(of: digits) else { return nil }
    return ArticleSpec.Number(value: value, range: start..<(last + 1))
  }

  /// `第N条` or `第N、M条` after the `第` at `start`: the numbers and the index past `条`.
  func articleNumbers(after start: Int) -> ([ArticleSpec.Number], Int)? {
    var numbers: [ArticleSpec.Number] = []
    var cursor = start + 1
    while let number = number(at: cursor) {
      numbers.append(number)
      cursor = skipSpace(number.range.upperBound, lineBreaks: true)
      guard isScalar(cursor, "、") || isScalar(cursor, ",") else { break }
      cursor += 1
    }
    guard !numbers.isEmpty, isScalar(cursor, "条") else { return nil }
    return (numbers, cursor + 1)
  }

  /// `第N款` after optional spaces at `index`: the number and the index past `款`.
  func paragraph(at index: Int) -> (Int, Int)? {
    let start = skipSpace(index, lineBreaks: false)
    guard isScalar(start, "第"), let number = number(at: start + 1) else { return nil }
    let end = skipSpace(number.range.upperBound, lineBreaks: true)
    return isScalar(end, "款") ? (number.value, end + 1) : nil
  }

  /// Items after optional spaces at `index`: `第（五）项`, `（五）`, `第（一）（五）项`, `（一）、（二）`, `第五项`.
  func items(at index: Int) -> ([ArticleSpec.Number], Int)? {
    let start = skipSpace(index, lineBreaks: false)
    let hasOrdinal = isScalar(start, "第")
    if let labels = labels(at: hasOrdinal ? skipSpace(start + 1, lineBreaks: false) : start) {
      let end = skipSpace(labels.last!.range.upperBound, lineBreaks: false)
      return (labels, isScalar(end, "项") ? end + 1 : labels.last!.range.upperBound)
    }
    guard hasOrdinal, let number = number(at: start + 1) else { return nil }
    let end = skipSpace(number.range.upperBound, lineBreaks: true)
    guard isScalar(end, "项") else { return nil }
    return ([ArticleSpec.Number(value: number.value, range: start..<(end + 1))], end + 1)
  }

  /// One or more `（N）` labels starting at `index`, separated by nothing, spaces, `、` or `，`.
  private func labels(at index: Int) -> [ArticleSpec.Number]? {
    var labels: [ArticleSpec.Number] = []
    var cursor = index
    while let label = label(at: cursor) {
      labels.append(label)
      cursor = skipSpace(label.range.upperBound, lineBreaks: false)
      if isScalar(cursor, "、") || isScalar(cursor, ",") {
        cursor = skipSpace(cursor + 1, lineBreaks: false)
      }
    }
    return labels.isEmpty ? nil : labels
  }

  /// `（N）` exactly at `index`, its range covering both parentheses.
  private func label(at index: Int) -> ArticleSpec.Number? {
    guard isScalar(index, "("), let number = number(at: index + 1) else { return nil }
    let close = skipSpace(number.range.upperBound, lineBreaks: true)
    guard isScalar(close, ")") else { return nil }
    return ArticleSpec.Number(value: number.value, range: index..<(close + 1))
  }
}
