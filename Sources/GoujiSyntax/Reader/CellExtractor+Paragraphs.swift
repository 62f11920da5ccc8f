import GoujiText

/// Word's "save as plain text" (LibreOffice's `txt` export of a `.docx`): every cell a paragraph of its own, on a line
/// without a TAB, an empty cell an empty line, and the cells a merged cell covers empty lines before the next row's
/// label:
///
/// ```
/// （一）予以公开
/// (six empty lines)
/// 0
/// (an empty line: the group label's cell, covered)
/// （二）部分公开（区分处理的，只计这一情形，不计其他情形）
/// ```
///
/// PDF text in reading order also writes values one per line between empty lines, so this form is read only where
/// the text shows it: table 三's header cells `自然人`, `法人或其他组织` and `总计` as three lines in a row, in the
/// order of the table's cells (no other form writes them so).
extension CellExtractor {
  /// Whether the lines that start in `region` (table 三's) hold its header cells as paragraphs of their own, in the
  /// table's order, spaced out or not (`自　然　人`, `总　　计`: web editors pad short headers with ideographic spaces,
  /// `inv-2023-spaces`). Only that region is looked at, so that re-reading a table after an edit costs its section,
  /// not the text.
  static func writesCellsAsParagraphs(_ text: SourceText, lines: LineInfos, in region: TextRange) -> Bool {
    let header = ["自然人", "法人或其他组织", "总计"]
    func line(_ line: Int, is cell: String) -> Bool {
      let content = text.trimmingSpaces(lines[line].range)
      guard content.length <= CellExtractor.spacedHeaderBytes else { return false }
      let scalars = CharacterFolding.normalize(text[content]).unicodeScalars.filter { !CharacterFolding.isSpace($0) }
      return scalars.elementsEqual(cell.unicodeScalars)
    }
    var matched = 0
    var index = text.line(containing: region.start)
    while index < lines.count && lines[index].range.start < region.end {
      matched = line(index, is: header[matched]) ? matched + 1 : (line(index, is: header[0]) ? 1 : 0)
      if matched == header.count { return true }
      index += 1
    }
    return false
  }

  /// The longest line (in bytes) looked at as a spaced-out header cell: `法人或其他组织` with a space of three bytes
  /// after each character.
  private static let spacedHeaderBytes = 42

  /// The most cells a merged cell covers before a row's label (table 三's group label and its outcome label).
  private static let coveredCellsBeforeALabel = 3

  /// The row's cells when the lines after its label are paragraphs of one value or none: exactly `expected` lines
  /// before the only empty ones, one of them empty (otherwise the values are read as they stand), at least one
  /// holding a value, and no more lines in all than a merged cell can add, or, when the row `endsTable`, any number
  /// of empty lines up to the table's end (Word's zero-height row of empty cells that closes its tables,
  /// `<![if !supportMisalignedColumns]>`, and the empty paragraphs after it); or exactly `expected` empty lines and
  /// then the next label (a row of empty cells: table 二's `行政许可` with its one cell empty, right before the next
  /// clause). A line holding only white space (Word's empty cell `<o:p>&nbsp;</o:p>`, a no-break space) is an empty
  /// line. `nil` otherwise: in PDF text in reading order values also stand one per line between empty lines, and
  /// then more lines follow.
  func paragraphCells(after labelLine: Int, in segment: TextRange, expected: Int, endsTable: Bool) -> [RawCell]? {
    var cells: [RawCell] = []
    var line = labelLine + 1
    while line < lines.count && lines[line].range.start < segment.end {
      let info = lines[line]
      guard !info.startsWithTab, info.tabCount == 0 else { return nil }
      let content = TextRange(start: info.range.start, end: min(info.range.end, segment.end))
      var words = Words(in: content, text: text, excluded: excluded)
      let word = words.next()
      guard words.next() == nil else { return nil }
      if let word {
        guard cells.count < expected, CellExtractor.isValueLike(cell(in: word).text) else { return nil }
        cells.append(cell(in: word))
      } else if cells.count < expected {
        cells.append(RawCell(text: "", range: TextRange(emptyAt: content.start)))
      } else if !endsTable && line - labelLine > expected + CellExtractor.coveredCellsBeforeALabel {
        return nil
      }
      line += 1
    }
    let emptyRightBeforeTheNextLabel = line - labelLine - 1 == expected
    guard cells.count == expected, cells.contains(where: \.isEmpty),
      cells.contains(where: { !$0.isEmpty }) || emptyRightBeforeTheNextLabel
    else { return nil }
    return cells
  }
}
