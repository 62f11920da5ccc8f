import GoujiFormats
import GoujiText

extension Table2Reader {
  /// The sub-tables whose first row's label has a value before it, after the clause's own headers: `pdftotext`'s
  /// reading order of a Word page can write a cell's value before its label (`本年处理决定数量` / `38` / `行政处罚` /
  /// `166` / `行政强制`), and then a row's value is not the one after its label. Which value is whose cannot be told
  /// from the text, so these sub-tables' rows are left unread (inv-2025-word, pdf-raw: `166` was read as 行政处罚's).
  func subtablesWithValuesFirst(
    _ ordered: [LabelOccurrence], all occurrences: [LabelOccurrence], format: ReportFormat
  ) -> Set<String> {
    var found: Set<String> = []
    for occurrence in ordered {
      guard case .row(let key) = occurrence.id,
        let subtable = format.table2.first(where: { $0.rows.contains { $0.key == key } }),
        let previous = occurrences.lazy.filter({ $0.range.end <= occurrence.range.start })
          .max(by: { $0.range.end < $1.range.end }),
        !isRow(previous)
      else { continue }
      let gap = TextRange(start: previous.range.end, end: occurrence.range.start)
      if holdsOnlyValues(gap) { found.insert(subtable.key) }
    }
    return found
  }

  /// Leaves every row of `subtables` unread, each reported as a row that could not be read (GJ308).
  func unread(_ subtables: Set<String>, rows: inout [TableRow], problems: inout [ReadingProblem]) {
    for index in rows.indices {
      guard let subtable = rows[index].subtable, subtables.contains(subtable) else { continue }
      let key = rows[index].key
      let at = rows[index].labelRange.end
      rows[index].cells = rows[index].cells.map { _ in
        Cell(text: "", range: TextRange(emptyAt: at), state: .missing, confidence: .unreadable)
      }
      rows[index].writtenCellCount = nil
      problems.removeAll { problem in
        switch problem.kind {
        case .cellCount(.table2, key, subtable, _, _), .cellsAmbiguous(.table2, key, subtable, _),
          .rowUnreadable(.table2, key, subtable):
          return true
        default:
          return false
        }
      }
      problems.append(
        ReadingProblem(kind: .rowUnreadable(.table2, rowKey: key, subtable: subtable), range: rows[index].labelRange)
      )
    }
  }

  private func isRow(_ occurrence: LabelOccurrence) -> Bool {
    if case .row = occurrence.id { return true }
    return false
  }

  /// Whether `range` holds values and nothing else (page furniture skipped): a line of text between (a label
  /// wrapped apart, `规` / `章 166 …`) leaves the order unknown, and the row after it is read as before.
  private func holdsOnlyValues(_ range: TextRange) -> Bool {
    var found = false
    for word in Words(in: range, text: context.text, excluded: context.extractor.excluded) {
      let token = CharacterFolding.normalizeAndTrim(context.text[word])
      guard CellExtractor.isValueLike(token) else { return false }
      found = found || token.unicodeScalars.contains(where: PieceValidity.isDigit)
    }
    return found
  }
}
