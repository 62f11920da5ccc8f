import GoujiText

/// Character-level helpers the features need over UTF-8 offsets. Every offset they return lies on a scalar boundary.
extension SourceText {
  /// The start of the scalar that ends at `offset` (`offset` itself at the start of the text).
  func scalarStart(before offset: Int) -> Int {
    offset > 0 ? scalarBoundary(atOrBefore: offset - 1) : 0
  }

  /// Whether line `line` holds nothing but white space.
  func isBlankLine(_ line: Int) -> Bool {
    trimmingSpaces(lineContentRange(line)).isEmpty
  }

  /// The pieces of `range` on each line it touches, without line terminators and surrounding white space; empty
  /// pieces are dropped. A label broken over lines (`自\n然\n人`) becomes one piece per line.
  func linePieces(_ range: TextRange) -> [TextRange] {
    lineContentRanges(in: clamp(range)).compactMap { part in
      let piece = trimmingSpaces(part)
      return piece.isEmpty ? nil : piece
    }
  }

  /// The last line of `range` that is not blank, from `line(containing: range.start)` on.
  func lastNonBlankLine(in range: TextRange) -> Int {
    let first = line(containing: range.start)
    var last = line(containing: max(range.start, range.end - 1))
    while last > first && isBlankLine(last) { last -= 1 }
    return last
  }
}
