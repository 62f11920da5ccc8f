import GoujiText

/// A line of whole numbers in PDF text in reading order: the numbers that end one line of the text, in the order
/// written (left to right, the order of the columns).
struct ValueLine: Sendable {
  var cells: [RawCell]
  /// Whether a blank line, a line of other text or page furniture stands between this line and the previous line of
  /// numbers (or the start of the scan): such a break ends a block of values that `pdftotext` wrote together.
  var breakBefore: Bool
}

/// Reads the lines of numbers in a range, for the readers of value streams (``StreamGrid``).
struct ValueLineScanner {
  let text: SourceText
  let lines: LineInfos
  let excluded: ExcludedRanges
  /// Which tokens are values (table 三's: whole numbers).
  var isValue: (RawCell) -> Bool = ValueLineScanner.isCount

  /// The lines of numbers in `range` up to a note (`注：…`), or `nil` when a line holds a number that other text
  /// follows (prose, a stray year): its numbers could not be told from the table's.
  func scan(_ range: TextRange) -> [ValueLine]? {
    guard range.length > 0 else { return [] }
    var result: [ValueLine] = []
    var pendingBreak = false
    let firstLine = text.line(containing: range.start)
    var line = firstLine
    while line < lines.count && lines[line].range.start < range.end {
      let bounds = lines[line].range
      let content = TextRange(start: max(range.start, bounds.start), end: min(range.end, bounds.end))
      let tokens = self.tokens(in: content)
      // A note under the table (`注：本表数据单位为件，含 2023 年…`) ends its lines of numbers.
      if let first = tokens.first, Self.notePrefixes.contains(where: first.text.hasPrefix) { break }
      let values = Array(tokens.reversed().prefix(while: isValue).reversed())
      if tokens.dropLast(values.count).contains(where: isValue) { return nil }
      if values.isEmpty {
        // Any line without numbers (blank, text, furniture) ends a block; the scan's first line is where it starts.
        pendingBreak = pendingBreak || line != firstLine
      } else {
        result.append(ValueLine(cells: values, breakBefore: pendingBreak))
        pendingBreak = false
      }
      line += 1
    }
    return result
  }

  /// The numbers of line `line` when it holds nothing else (`[]` for a blank line), `nil` when it holds other text.
  func valuesOnly(line: Int) -> [RawCell]? {
    let tokens = self.tokens(in: lines[line].range)
    return tokens.allSatisfy(isValue) ? tokens : nil
  }

  /// How a note under a table begins.
  static let notePrefixes = ["注：", "注:"]

  /// Whether a token is a whole number as a table writes one: `0`, or at most 7 digits not starting with 0, signed
  /// or not (`017` or `17033493569` are digits of several cells written together).
  static func isCount(_ token: RawCell) -> Bool {
    let digits = token.text.unicodeScalars.drop { $0 == "+" || $0 == "-" }
    return digits.count <= 7 && CellValueParser.integer(token.text) != nil && (digits.count == 1 || digits.first != "0")
  }

  /// The space-separated tokens of one line's `content` (a number with thousands separators as its digits); page
  /// furniture and leftovers separate tokens like spaces.
  private func tokens(in content: TextRange) -> [RawCell] {
    Words(in: content, text: text, excluded: excluded).map { word in
      let normalized = CharacterFolding.normalizeAndTrim(text[word])
      return RawCell(text: GroupedNumber.digits(normalized) ?? normalized, range: word)
    }
  }
}
