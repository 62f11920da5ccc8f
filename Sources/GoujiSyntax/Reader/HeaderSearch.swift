import GoujiText

/// A header to look for: what it stands for and its folded spellings.
struct HeaderPattern<ID: Sendable>: Sendable {
  var id: ID
  /// Folded (``NormalizedText/Mode/matching``) spellings, longest first.
  var keys: [[Unicode.Scalar]]

  init(id: ID, spellings: [String]) {
    self.id = id
    self.keys = spellings.map { NormalizedText.fold($0, mode: .matching) }.filter { !$0.isEmpty }
      .sorted { $0.count > $1.count }
  }
}

/// A list of header patterns made ready to search: their spellings grouped by first character, longest first, so
/// each place of a region tries only those that can match, and a bit per first character. Made once for a list
/// searched again and again (``HeaderReader``'s), rather than on every search.
struct HeaderPatterns<ID: Sendable>: Sendable {
  /// The spellings by first character, longest first.
  let byFirst: [Unicode.Scalar: [HeaderSearch.Candidate<ID>]]
  /// Bit `value & 63` of each first character: most places of a region (digits, prose) are passed over without
  /// hashing their character for the dictionary.
  let firsts: UInt64

  init(_ patterns: [HeaderPattern<ID>]) {
    let candidates: [HeaderSearch.Candidate<ID>] = patterns.flatMap { pattern in pattern.keys.map { (pattern.id, $0) } }
      .sorted { $0.key.count > $1.key.count }
    byFirst = Dictionary(grouping: candidates) { $0.key[0] }
    firsts = byFirst.keys.reduce(UInt64(0)) { $0 | (1 << ($1.value & 63)) }
  }
}

/// Finds header cells (column headers, table 三's group labels) in a region of the text.
///
/// Matching ignores white space, line breaks, quotes and compatibility characters (a header cell `自\n然\n人` or
/// `结 果 纠 正` is found), and a label must fill its cell: the character before it is a border (white space, a line
/// of a grid, a leftover of conversion) or the region starts there, and the one after it is a border, an opening
/// parenthesis, or the end of the region. So `其他` inside `法人或其他组织`, or `行政复议` inside a sentence, is not
/// taken for a header. Headers written together in one cell (flattened text) are read when they fill it exactly
/// (``gluedOccurrences(in:candidates:borders:)``).
enum HeaderSearch {
  /// A spelling to look for and the header it stands for.
  typealias Candidate<ID> = (id: ID, key: [Unicode.Scalar])

  static func occurrences<ID>(
    of patterns: HeaderPatterns<ID>, in region: TextRange, text: SourceText, excluded: ExcludedRanges
  ) -> [(id: ID, range: TextRange)] {
    let region = text.clamp(region)
    guard !region.isEmpty else { return [] }
    let view = NormalizedText(text, range: region, mode: .matching)
    let byFirst = patterns.byFirst
    let firsts = patterns.firsts
    let borders = CellBorders(view: view, region: region, text: text, excluded: excluded)
    var result: [(id: ID, range: TextRange)] = []
    var index = 0
    while index < view.count {
      let scalar = view.scalars[index]
      let found =
        firsts & (1 << (scalar.value & 63)) == 0
        ? nil
        : byFirst[scalar]?.first { candidate in
          view.matches(candidate.1, at: index)
            && fillsCell(
              view.sourceRange(of: index..<(index + candidate.1.count)), region: region, text: text,
              excluded: excluded)
        }
      if let (id, key) = found {
        result.append((id, view.sourceRange(of: index..<(index + key.count))))
        index += key.count
      } else {
        index += 1
      }
    }
    let glued = gluedOccurrences(in: view, candidates: byFirst, borders: borders).filter { piece in
      !result.contains { $0.range.overlaps(piece.range) }
    }
    return (result + glued).sorted { $0.range < $1.range }
  }

  /// Whether `range` is delimited as a cell of its own: by white space, a line of a grid, or a leftover of
  /// conversion (`[bookmark: …]`), which the reader takes for white space.
  static func fillsCell(
    _ range: TextRange, region: TextRange, text: SourceText, excluded: ExcludedRanges
  ) -> Bool {
    let before = text.scalarBoundary(atOrBefore: max(range.start - 1, 0))
    guard range.start <= region.start || isBorder(text.scalar(at: before)) || excluded.contains(before) else {
      return false
    }
    guard range.end < region.end else { return true }
    let next = text.scalar(at: range.end)
    return isBorder(next) || excluded.contains(range.end) || next == "（" || next == "("
  }

  /// White space, a grid bar, or any other box-drawing character (`├ ┤ ┼`, which end a cell as well).
  static func isBorder(_ scalar: Unicode.Scalar) -> Bool {
    CharacterFolding.isSpace(scalar) || CharacterFolding.isGridBar(scalar) || (0x2500...0x257F).contains(scalar.value)
  }
}
