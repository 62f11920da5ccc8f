import GoujiText

extension GridRowJoin {
  /// One line of a table as the join sees it.
  struct Line {
    enum Kind: Equatable {
      /// A line of cells: the text between its bars (before the first and after the last included).
      case cells([Field])
      /// A line with a stretch of a grid's rule (`├──┼──┤`, `+---+`), text beside it or not: drawn between rows.
      case rule
      /// A line of hyphens between bars (a Markdown pipe table's `| --- | :-- |`, a nested simple table's
      /// `|  -----  |`): it ends a row, but a pipe table draws it once, under its header, never between rows, so it
      /// bounds no grid row.
      case separator
      /// Anything else (no bar, a blank line).
      case other
    }

    var kind: Kind

    /// The line's fields (none unless a line of cells).
    var fields: [Field] {
      if case .cells(let fields) = kind { return fields }
      return []
    }
  }

  /// The text of a grid cell on one line.
  struct Field: Equatable {
    /// The cell's text, trimmed (empty at the cell's start when blank).
    var range: TextRange
    /// Where the cell ends: the bar after it, or the line's end.
    var end: Int
    /// The text folded for matching.
    var folded: [Unicode.Scalar]
  }

  /// The lines of `range`.
  static func lines(in range: TextRange, of text: SourceText) -> [Line] {
    text.lineContentRanges(in: range).map { line($0, of: text) }
  }

  private static func line(_ range: TextRange, of text: SourceText) -> Line {
    var fields: [Field] = []
    var start = range.start
    var index = range.start
    var previous: Unicode.Scalar = " "
    while index < range.end {
      let scalar = text.scalar(at: index)
      let width = SourceText.scalarByteCount(lead: text.bytes[index])
      if isRule(scalar, after: previous) { return Line(kind: .rule) }
      if CharacterFolding.isGridBar(scalar) {
        fields.append(field(TextRange(start: start, end: index), of: text))
        start = index + width
      }
      previous = scalar
      index += width
    }
    guard fields.count >= 2 else { return Line(kind: .other) }
    fields.append(field(TextRange(start: start, end: range.end), of: text))
    let inside = fields.dropFirst().dropLast()
    if inside.contains(where: { !$0.folded.isEmpty }) && inside.allSatisfy({ isHyphenRule($0.folded) }) {
      return Line(kind: .separator)
    }
    return Line(kind: .cells(fields))
  }

  private static func field(_ range: TextRange, of text: SourceText) -> Field {
    let trimmed = text.trimmingSpaces(range)
    let cell = trimmed.isEmpty ? TextRange(emptyAt: range.start) : trimmed
    return Field(range: cell, end: range.end, folded: NormalizedText.matchingScalars(of: text, range: cell))
  }

  /// Whether `scalar` (after `previous`) draws a rule: a box-drawing character other than a vertical bar, or an
  /// ASCII grid's corner joined to a hyphen or equals sign (`+-`, `-+`, `+=`).
  private static func isRule(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
    if (0x2500...0x257F).contains(scalar.value) { return !CharacterFolding.isGridBar(scalar) }
    let pair = [previous, scalar]
    return pair.contains("+") && (pair.contains("-") || pair.contains("="))
  }

  /// Whether a field holds only hyphens, equals signs and colons (white space aside), at least one.
  private static func isHyphenRule(_ folded: [Unicode.Scalar]) -> Bool {
    folded.isEmpty || folded.allSatisfy { "-=:".unicodeScalars.contains($0) }
  }
}
