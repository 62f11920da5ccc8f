import GoujiText

/// Row labels a narrow label cell cuts into pieces on consecutive lines (Word's `<td width>` in w3m's grid,
/// `2.其他法律行政` / `法规禁止公开`; `pdftotext -layout`, `1.本机` / `关不掌` / `握相关  14 3 0 5 7 29` beside the
/// group label's own pieces `（四）无` / `法提供`), joined back into the one label of the format they make.
///
/// A line's piece is its last text before its values (a group label's pieces stand before it, in a column of their
/// own). Pieces of consecutive lines (blank lines skipped, a grid's rule line ends them) are joined from a piece that
/// starts with a row's numbering; the join is kept only when it spells exactly one label, its row was not found
/// otherwise, exactly one of its lines holds values, no later piece starts a numbering of its own, and no other join
/// in the table makes the same row. Work is linear: each start extends only while some label still begins with the
/// pieces joined, and labels are a few dozen characters long.
struct CutLabelJoin: Sendable {
  /// Every row label as written with a digit numbering (`2.其他法律行政法规禁止公开`), folded, with its pattern.
  private let labels: [(text: [Unicode.Scalar], pattern: Int)]

  init(matcher: LabelMatcher) {
    var labels: [(text: [Unicode.Scalar], pattern: Int)] = []
    for (index, pattern) in matcher.patterns.enumerated() {
      guard case .row = pattern.id else { continue }
      for numbering in pattern.numberings where numbering.count >= 2 && CutLabelJoin.isDigit(numbering[0]) {
        labels += pattern.keys.map { (numbering + $0, index) }
      }
    }
    self.labels = labels
  }

  /// The occurrences of rows not found otherwise (`missing`) whose cut labels join in `range` of `text`, each once;
  /// `patterns` are the matcher's, which the labels index.
  func occurrences(
    in range: TextRange, of text: SourceText, missing: (LabelID) -> Bool, patterns: [LabelPattern]
  ) -> [LabelOccurrence] {
    let lines = CutLabelJoin.lines(in: range, of: text)
    var joins: [(pattern: Int, range: TextRange)] = []
    for start in lines.indices {
      guard let piece = lines[start].piece, let numbered = CutLabelJoin.numberedStart(of: piece.folded) else {
        continue
      }
      // One label only, whether its row was found or not: a join that extends another complete label is none.
      let found = joinsStarting(at: start, skipping: numbered, in: lines)
      if found.count == 1, missing(patterns[found[0].pattern].id) { joins.append(found[0]) }
    }
    let counts = Dictionary(joins.map { (patterns[$0.pattern].id, 1) }, uniquingKeysWith: +)
    return joins.filter { counts[patterns[$0.pattern].id] == 1 }.map { join in
      LabelOccurrence(
        patternIndex: join.pattern, id: patterns[join.pattern].id, normalizedRange: 0..<0, range: join.range
      )
    }
  }

  /// Every label the pieces from line `start` on spell (the first piece from its numbering), with the range from the
  /// first piece to the piece of the line holding the values.
  private func joinsStarting(
    at start: Int, skipping skipped: Int, in lines: [Line]
  ) -> [(pattern: Int, range: TextRange)] {
    guard let first = lines[start].piece else { return [] }
    var joined = Array(first.folded.dropFirst(skipped))
    var candidates = labels.filter { $0.text.starts(with: joined) }
    var valuesLine = lines[start].hasValues ? start : nil
    var result: [(pattern: Int, range: TextRange)] = []
    var line = start
    while !candidates.isEmpty {
      if let valuesLine {
        let range = TextRange(start: first.start(at: skipped), end: lines[valuesLine].piece!.range.end)
        result += candidates.filter { $0.text.count == joined.count }.map { ($0.pattern, range) }
      }
      line += 1
      while line < lines.count && lines[line].isBlank { line += 1 }
      guard line < lines.count, let piece = lines[line].piece, CutLabelJoin.numberedStart(of: piece.folded) != 0
      else { break }
      if lines[line].hasValues {
        guard valuesLine == nil else { break }
        valuesLine = line
      }
      joined += piece.folded
      candidates = candidates.filter { $0.text.starts(with: joined) }
    }
    return result
  }

  /// Where a row's digit numbering starts in a piece: at its beginning, or after the tail of the label above it that
  /// the same line holds (`物4.无正`, at most four characters and no digit); `nil` when the piece has none.
  private static func numberedStart(of piece: [Unicode.Scalar]) -> Int? {
    for index in 0..<max(0, min(piece.count - 1, 5)) where isDigit(piece[index]) {
      return piece[index + 1] == "." || piece[index + 1] == "、" ? index : nil
    }
    return nil
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }
}
