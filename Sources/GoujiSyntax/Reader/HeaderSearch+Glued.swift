import GoujiText

/// Where the cells of a header region begin and end in a matching view of it: at white space, a grid line, a
/// leftover of conversion, or the region's ends (see ``HeaderSearch/isBorder(_:)``).
struct CellBorders {
  let view: NormalizedText
  let region: TextRange
  let text: SourceText
  let excluded: ExcludedRanges

  /// Whether a cell starts at the view's character `index`.
  func startsCell(_ index: Int) -> Bool {
    let start = view.sourceRanges[index].start
    guard start > region.start else { return true }
    let before = text.scalarBoundary(atOrBefore: start - 1)
    return HeaderSearch.isBorder(text.scalar(at: before)) || excluded.contains(before)
  }

  /// Whether a cell ends after the view's character `index`.
  func endsCell(_ index: Int) -> Bool {
    let end = view.sourceRanges[index].end
    guard end < region.end else { return true }
    return HeaderSearch.isBorder(text.scalar(at: end)) || excluded.contains(end)
  }
}

extension HeaderSearch {
  /// The longest run of glued headers searched, in characters: a header row glued whole is under 150 (table 三's note
  /// and columns), so a longer run is prose or hostile input, and its search would cost memory in its length.
  static let gluedRunLimit = 500

  /// Headers written together in one cell without a border between them, as flattened text writes a table's header
  /// (`申请人情况自然人法人或其他组织总计商业企业…`): a cell that exactly one sequence of two or more spellings fills,
  /// from its first character to its last, is read as those headers. A cell that no sequence fills (prose, a
  /// heading, a label cut by wrapping) or that several fill gives none: a header is read only where it is certain.
  /// A run longer than ``gluedRunLimit`` is no header row, and is not searched. A unit line glued before the headers
  /// (`单位：件`) is passed over: the headers start after it (``afterUnitMark(in:of:)``).
  static func gluedOccurrences<ID>(
    in view: NormalizedText, candidates: [Unicode.Scalar: [Candidate<ID>]], borders: CellBorders
  ) -> [(id: ID, range: TextRange)] {
    var result: [(id: ID, range: TextRange)] = []
    var start = 0
    while start < view.count {
      var end = start
      while end + 1 < view.count && !borders.endsCell(end) { end += 1 }
      let headerStart = end - start < gluedRunLimit ? afterUnitMark(in: start..<(end + 1), of: view) : nil
      if end - start < gluedRunLimit, headerStart != nil || borders.startsCell(start),
        let pieces = onlyTiling(of: (headerStart ?? start)..<(end + 1), in: view, candidates: candidates),
        pieces.count > 1
      {
        result += pieces.map { (id: $0.id, range: view.sourceRange(of: $0.span)) }
      }
      start = end + 1
    }
    return result
  }

  /// The unit line's mark, folded: `单位：件` (with `（单位：件）`'s closing parenthesis after it).
  private static let unitMark = NormalizedText.fold(TableCaption.unitLine, mode: .matching)

  /// Where the headers start in a run that holds the table's unit line glued before them (`单位：件行政复议行政诉讼…`,
  /// a caption and `单位：件` before `（本列数据…）申请人情况…`): right after its last `单位：件` (and a closing
  /// parenthesis), `nil` when the run holds none. A unit line is no header, and it ends the text above the header
  /// as a border would.
  private static func afterUnitMark(in run: Range<Int>, of view: NormalizedText) -> Int? {
    var index = run.upperBound - unitMark.count
    while index >= run.lowerBound {
      if view.matches(unitMark, at: index) {
        let end = index + unitMark.count
        let after = end < run.upperBound && view.scalars[end] == ")" ? end + 1 : end
        return after < run.upperBound ? after : nil
      }
      index -= 1
    }
    return nil
  }

  /// The one sequence of spellings that fills `cell` exactly, `nil` when none or several do. A dynamic programme
  /// over the cell's positions, counting (up to two) the ways to reach each; it stops at the first position no
  /// spelling reaches, so prose costs one look-up per character at most.
  private static func onlyTiling<ID>(
    of cell: Range<Int>, in view: NormalizedText, candidates: [Unicode.Scalar: [Candidate<ID>]]
  ) -> [(id: ID, span: Range<Int>)]? {
    // A cell no spelling starts (a number, most prose, a label whose first character starts a spelling that does not
    // follow) is filled by none: no tables to allocate, each as long as the cell.
    guard !cell.isEmpty,
      let first = candidates[view.scalars[cell.lowerBound]],
      first.contains(where: { cell.count >= $0.key.count && view.matches($0.key, at: cell.lowerBound) })
    else { return nil }
    var ways = [Int](repeating: 0, count: cell.count + 1)
    var last = [Candidate<ID>?](repeating: nil, count: cell.count + 1)
    ways[0] = 1
    var reach = 0
    for offset in 0..<cell.count {
      guard offset <= reach else { break }
      guard ways[offset] > 0 else { continue }
      for candidate in candidates[view.scalars[cell.lowerBound + offset]] ?? []
      where offset + candidate.key.count <= cell.count && view.matches(candidate.key, at: cell.lowerBound + offset) {
        let next = offset + candidate.key.count
        ways[next] = min(2, ways[next] + ways[offset])
        last[next] = candidate
        reach = max(reach, next)
      }
    }
    guard ways[cell.count] == 1 else { return nil }
    var pieces: [(id: ID, span: Range<Int>)] = []
    var end = cell.count
    while end > 0, let piece = last[end] {
      let start = end - piece.key.count
      pieces.append((piece.id, (cell.lowerBound + start)..<(cell.lowerBound + end)))
      end = start
    }
    return pieces.reversed()
  }
}
