import GoujiText

extension String {
  /// The text on one line, for quoting in a message: line breaks and TABs removed (a label or value that wraps in
  /// a Word copy, `本年新\n公开数量`), since a diagnostic's message is printed on one line.
  package var singleLine: String {
    filter { !$0.isNewline && $0 != "\t" }
  }
}

extension SourceText {
  /// `self[range].singleLine.prefix(count)`, read from as few of the range's bytes as it takes (a message quotes
  /// the opening of a line that may be the whole text): from a window of the range's first bytes, four times longer
  /// each time, until its one-line text has a character more than `count` (a character's bounds depend on the text
  /// before it and on the first scalar of the next, never on later text, so those `count` are the whole range's).
  package func singleLineOpening(of range: TextRange, characters count: Int) -> String {
    var length = 4 * (count + 1)
    while true {
      let end = min(range.end, range.start + length)
      let line = self[TextRange(start: range.start, end: end)].singleLine
      let opening = line.prefix(count)
      if opening.endIndex < line.endIndex || end >= range.end { return String(opening) }
      length *= 4
    }
  }
}

extension String {
  /// The text without ASCII spaces: Chinese typography sets numbers and operators in Chinese text without spaces
  /// (`一+二=5+1=6`), where English sets them apart (`一 + 二 = 5 + 1 = 6`).
  package var withoutSpaces: String {
    filter { $0 != " " }
  }
}
