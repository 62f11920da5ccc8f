import GoujiText

extension CutLabelJoin {
  /// One line of a table as the join sees it.
  struct Line {
    /// The line's last text before its values, if it has text and no text after its values.
    var piece: Piece?
    /// Whether values stand after the piece.
    var hasValues = false
    /// Whether the line holds nothing but white space (a rule line of a grid is not blank: it ends a join).
    var isBlank = false
  }

  /// A piece of a cut label: its source range and its folded characters.
  struct Piece {
    var range: TextRange
    var view: NormalizedText
    var folded: [Unicode.Scalar] { view.scalars }

    /// Where the piece's `index`th folded character starts in the source.
    func start(at index: Int) -> Int { view.sourceRange(of: index..<(index + 1)).start }
  }

  /// The lines of `range`: each line's tokens are separated by white space and grid bars; a token of digits alone
  /// (`30`, `1.25`) is a value, any other is text.
  static func lines(in range: TextRange, of text: SourceText) -> [Line] {
    text.lineContentRanges(in: range).map { line($0, of: text) }
  }

  private static func line(_ range: TextRange, of text: SourceText) -> Line {
    var tokens: [(range: TextRange, isValue: Bool)] = []
    var sawBar = false
    var tokenStart: Int?
    var isValue = true
    var index = range.start
    while index <= range.end {
      let scalar: Unicode.Scalar = index < range.end ? text.scalar(at: index) : " "
      let isBar = (0x2500...0x257F).contains(scalar.value) || scalar == "|"
      sawBar = sawBar || isBar
      if isBar || CharacterFolding.isSpace(scalar) {
        if let start = tokenStart { tokens.append((TextRange(start: start, end: index), isValue)) }
        tokenStart = nil
      } else {
        if tokenStart == nil { (tokenStart, isValue) = (index, true) }
        isValue = isValue && (isDigit(scalar) || ".,+-%".unicodeScalars.contains(scalar))
      }
      guard index < range.end else { break }
      index += SourceText.scalarByteCount(lead: text.bytes[index])
    }
    guard !tokens.isEmpty else { return Line(isBlank: !sawBar) }
    let firstValue = tokens.firstIndex { $0.isValue } ?? tokens.count
    guard firstValue > 0, !tokens[firstValue...].contains(where: { !$0.isValue }) else { return Line() }
    let pieceRange = tokens[firstValue - 1].range
    let piece = Piece(range: pieceRange, view: NormalizedText(text, range: pieceRange, mode: .matching))
    return Line(piece: piece.folded.isEmpty ? nil : piece, hasValues: firstValue < tokens.count)
  }
}
