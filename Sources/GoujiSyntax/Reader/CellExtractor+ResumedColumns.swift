import GoujiText

extension CellExtractor {
  /// What the positions of a row's values say when the row resumes on the lines below its label's first line.
  enum ResumedOrder {
    /// The values show no columns (reading order, or values below the label's end): read in the order written.
    case asWritten
    /// The values stand in columns of layout text: read in the order of their columns.
    case columns([RawCell])
    /// The values stand in columns, but two of them share one: no order can be told.
    case undecided
  }

  /// The order of `cells`, a row's values after its label, whose label ends at `labelEnd`, some of them on lines
  /// below, after the rest of the label or a fragment of a group label beside it.
  ///
  /// Values padded with ideographic spaces (`　　〇`) wrap inside their narrow cells in Chromium's PDF, so a row's
  /// values stand on its label's line and on the next, each in its own column: `（一）予以公开      5   〇 〇 5` /
  /// `度办理结      〇 〇 〇`, the row `〇 〇 〇 5 〇 〇 5` (`inv-2020-ling`, `inv-2023-spaces`, pdf-layout).
  /// Layout text shows it by two spaces or more before a value, and by every value on a line below the label's standing
  /// right of the label's end (reading order starts such a line at its fragment, one space before its values).
  /// Columns are counted in characters, as `pdftotext -layout` places them; in column order each value must stand at
  /// least one column right of the one before, or the order is undecided.
  func resumedOrder(_ cells: [RawCell], labelEnd: Int) -> ResumedOrder {
    let labelLine = text.line(containing: labelEnd)
    let labelEndColumn = column(of: labelEnd, line: labelLine)
    let placed = cells.map { cell -> (line: Int, start: Int, end: Int) in
      let line = text.line(containing: cell.range.start)
      let start = column(of: cell.range.start, line: line)
      return (line, start, start + text.columnCount(from: cell.range.start, to: cell.range.end, in: .utf32))
    }
    let below = placed.filter { $0.line > labelLine }
    guard !below.isEmpty, below.allSatisfy({ $0.start >= labelEndColumn }), cells.contains(where: standsAfterTwoSpaces)
    else { return .asWritten }
    let order = cells.indices.sorted { placed[$0].start < placed[$1].start }
    let apart = zip(order, order.dropFirst()).allSatisfy { placed[$1].start > placed[$0].end }
    return apart ? .columns(order.map { cells[$0] }) : .undecided
  }

  /// The column of `offset` on line `line`, counted in characters.
  private func column(of offset: Int, line: Int) -> Int {
    text.columnCount(from: lines[line].range.start, to: offset, in: .utf32)
  }

  /// Whether two spaces stand right before `cell`: layout text sets its columns apart, reading order by one space.
  private func standsAfterTwoSpaces(_ cell: RawCell) -> Bool {
    cell.range.start >= 2 && text.bytes[cell.range.start - 1] == 0x20 && text.bytes[cell.range.start - 2] == 0x20
  }
}
