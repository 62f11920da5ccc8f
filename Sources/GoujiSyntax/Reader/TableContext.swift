import GoujiFormats
import GoujiText

/// What every table reader needs: the text, its lines, what to skip, and problems to report.
struct TableContext {
  let text: SourceText
  let lines: LineInfos
  let excluded: ExcludedRanges
  /// Whether the text writes every table cell as a paragraph of its own (``CellExtractor/paragraphCells``).
  var cellsAreParagraphs = false
  var extractor: CellExtractor {
    CellExtractor(text: text, lines: lines, excluded: excluded, cellsAreParagraphs: cellsAreParagraphs)
  }

  /// This context with `ranges` skipped as white space too (a table's 序号 numbers, ``SerialNumbers``).
  func excluding(_ ranges: [TextRange]) -> TableContext {
    TableContext(
      text: text, lines: lines, excluded: excluded.adding(ranges), cellsAreParagraphs: cellsAreParagraphs
    )
  }

  /// The row values fitted to `expected` columns. Cells that cannot be placed (too few or too many values) are
  /// marked missing: which written value belongs to which column cannot be known, so none is guessed.
  func fit(_ raw: [RawCell], expected: Int, rowEnd: Int) -> (cells: [Cell], found: Int?) {
    if raw.count == expected {
      return (raw.map { Cell(text: $0.text, range: $0.range, state: $0.isEmpty ? .empty : .written) }, nil)
    }
    let end = raw.last?.range.end ?? rowEnd
    return ((0..<expected).map { _ in Cell(text: "", range: TextRange(emptyAt: end), state: .missing) }, raw.count)
  }

  /// A label's range including the closing quotes matching ignores, so that its values are read from after them (`3.危及“三安全一稳定”` ends after `”`).
  func labelRange(_ range: TextRange) -> TextRange {
    var end = range.end
    while end < text.count, "”’」』\"'".unicodeScalars.contains(text.scalar(at: end)) {
      end += SourceText.scalarByteCount(lead: text.bytes[end])
    }
    return TextRange(start: range.start, end: end)
  }

  /// Whether `range` holds a digit outside leftovers and page furniture.
  func containsDigit(_ range: TextRange) -> Bool {
    var index = range.start
    while index < range.end {
      let byte = text.bytes[index]
      if let end = excluded.end(ofStretchAt: index) {
        index = end
        continue
      }
      if (0x30...0x39).contains(byte) || CharacterFolding.isFullWidthDigit(text.scalar(at: index)) { return true }
      index += SourceText.scalarByteCount(lead: byte)
    }
    return false
  }

  /// Text in `range` that is neither white space, a value, a leftover nor page furniture: an unknown label.
  func unknownLabel(in range: TextRange) -> (text: String, range: TextRange)? {
    guard range.length > 0 else { return nil }
    var start: Int?
    var end = range.start
    var index = range.start
    var cjk = 0
    while index < range.end {
      let width = SourceText.scalarByteCount(lead: text.bytes[index])
      let scalar = text.scalar(at: index)
      let breaks = scalar == "\t" || scalar == "\n" || scalar == "\r" || excluded.contains(index)
      if breaks && start != nil { break }
      if !breaks && !CharacterFolding.isSpace(scalar) {
        if start == nil { start = index }
        if CharacterFolding.isIdeograph(scalar) || CharacterFolding.isCompatibilityIdeograph(scalar) { cjk += 1 }
        end = index + width
      }
      index += width
    }
    guard let start, cjk >= 2 else { return nil }
    let labelRange = TextRange(start: start, end: labelEnd(start: start, end: end))
    return (CharacterFolding.normalizeAndTrim(text[labelRange]), labelRange)
  }

  /// Where a label that runs from `start` to `end` really ends: before the space-separated values that follow it on
  /// its line in PDF text (`（二）部份公开（…） 0 0 0 0 0 0 0`), which are the row's, not the label's. Only for a label
  /// that starts with a row's numbering: a fragment of a wrapped label (`果 只计这一情形…） 0 7 2 0`) is no row.
  private func labelEnd(start: Int, end: Int) -> Int {
    guard startsWithRowNumbering(at: start, end: end) else { return end }
    var tokens: [(end: Int, isValue: Bool)] = []
    var index = start
    var tokenStart: Int?
    var isValue = true
    while index <= end {
      let atEnd = index == end
      let scalar = atEnd ? " " : text.scalar(at: index)
      if CharacterFolding.isSpace(scalar) {
        if tokenStart != nil { tokens.append((index, isValue)) }
        tokenStart = nil
        isValue = true
      } else {
        if tokenStart == nil { tokenStart = index }
        isValue =
          isValue && (CharacterFolding.isFullWidthDigit(scalar) || "0123456789+-.".unicodeScalars.contains(scalar))
      }
      index += atEnd ? 1 : SourceText.scalarByteCount(lead: text.bytes[index])
    }
    return tokens.last { !$0.isValue }?.end ?? end
  }

  /// Whether a row's numbering starts at `start`: `（二）`, `(二)`, `2.`, `2．`, `2、` or `一、`.
  private func startsWithRowNumbering(at start: Int, end: Int) -> Bool {
    var scalars: [Unicode.Scalar] = []
    var index = start
    while index < end && scalars.count < 4 {
      scalars.append(text.scalar(at: index))
      index += SourceText.scalarByteCount(lead: text.bytes[index])
    }
    let numerals = "一二三四五六七八九十".unicodeScalars
    guard let first = scalars.first else { return false }
    if "（(".unicodeScalars.contains(first) {
      return scalars.count >= 3 && numerals.contains(scalars[1]) && "）)".unicodeScalars.contains(scalars[2])
    }
    let digitOrNumeral = (0x31...0x39).contains(first.value) || numerals.contains(first)
    return digitOrNumeral && scalars.count >= 2 && ".．、".unicodeScalars.contains(scalars[1])
  }
}

extension LabelPattern {
  /// The pattern of a group label of a table format.
  init(group: GroupSpec) {
    self.init(id: .group(group.key), core: group.core, numbering: group.numbering)
  }
}

extension LabelMatcher {
  /// A matcher for the rows (and optionally groups) of table formats; `groupsAmongRows`: groups of one format that
  /// another format has as rows (matched as those rows, their fragments still cut the labels beside them).
  static func rows(_ rows: [RowSpec], groups: [GroupSpec] = [], groupsAmongRows: [GroupSpec] = []) -> LabelMatcher {
    LabelMatcher(
      patterns: rows.map { LabelPattern(id: .row($0.key), core: $0.core, aliases: $0.aliases, numbering: $0.numbering) }
        + groups.map(LabelPattern.init(group:)),
      groupsAmongRows: groupsAmongRows.map(LabelPattern.init(group:))
    )
  }
}

/// Similarity of labels, for reading a misspelt row label as the row it most resembles.
enum LabelSimilarity {
  /// The row among `candidates` closest to `label`, if it is close enough to be the same label misspelt.
  static func closest(to label: String, among candidates: [RowSpec]) -> RowSpec? {
    let folded = Array(NormalizedText.foldedString(stripNumbering(label), mode: .matching))
    let scored = candidates.map { row -> (RowSpec, Int) in
      (row, distance(folded, Array(NormalizedText.foldedString(row.core, mode: .matching))))
    }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    let allowed = max(1, Array(best.0.core).count / 4)
    return best.1 <= allowed ? best.0 : nil
  }

  private static func stripNumbering(_ label: String) -> String {
    var text = Substring(label)
    let numbering = "0123456789一二三四五六七八九十()（）.．、"
    while let first = text.first, numbering.contains(first) { text = text.dropFirst() }
    return String(text)
  }

  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
