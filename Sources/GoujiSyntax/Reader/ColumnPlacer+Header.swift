import GoujiText

extension ColumnPlacer {
  /// Bands from the header's words: the words that are part of a column label (`然`, `结果`, `总计`; never a group
  /// label such as `法人或其他组织`), either all of them grouped by overlap into one group per column, each group's
  /// words part of its column's label, or the header lines that hold one such word per column. `nil` when neither
  /// gives a consistent layout.
  func headerBands(_ measure: ColumnMeasure) -> (bands: ColumnBands, contradictions: Int)? {
    let foldedLabels = columnLabels.map { NormalizedText.foldedString($0, mode: .matching) }
    let lines = headerLinesOnRowsPage.map { headerWords(on: $0, foldedLabels: foldedLabels) }.filter { !$0.isEmpty }
    let spanned = lines.map { $0.map { (span: span($0.cell, measure: measure), columns: $0.columns) } }
    guard let bands = groupedBands(spanned.flatMap { $0 }) ?? lineBands(spanned) else { return nil }
    let contradictions = spanned.joined().filter { word in
      bands.bands.indices.contains { bands.bands[$0].overlaps(word.span) && !word.columns.contains($0) }
    }
    return (bands, contradictions.count)
  }

  /// The header's bands in each measure in which the header's words contradict them least (a word standing in a
  /// column whose label does not hold it); none when the header keeps no positions.
  func headerBandsByMeasure(_ measures: [ColumnMeasure]) -> [ColumnMeasure: ColumnBands] {
    guard headerKeepsPositions() else { return [:] }
    let found = measures.compactMap { measure in headerBands(measure).map { (measure, $0) } }
    let fewest = found.map(\.1.contradictions).min()
    return Dictionary(uniqueKeysWithValues: found.filter { $0.1.contradictions == fewest }.map { ($0.0, $0.1.bands) })
  }

  /// Whether the header keeps positions: a line of it is indented or has words more than one space apart.
  private func headerKeepsPositions() -> Bool {
    headerLinesOnRowsPage.contains { line in
      let range = context.lines[line].range
      guard range.length <= ColumnPlacer.lineLimit else { return false }
      let all = words(in: range)
      guard let first = all.first else { return false }
      return hasWideGap(all) || context.columnCount(from: range.start, to: first.range.start, in: .characters) >= 2
    }
  }

  /// A header word and the columns whose label contains it.
  struct HeaderWord {
    var cell: RawCell
    var columns: Set<Int>
  }

  /// The words of a header line that are part of some column label (`foldedLabels`, the labels folded for
  /// matching). A word that folds to nothing (a quote, a `*`) is part of no label: every label "contains" it.
  func headerWords(on line: Int, foldedLabels: [String]) -> [HeaderWord] {
    let range = context.lines[line].range
    guard range.length <= ColumnPlacer.lineLimit else { return [] }
    return words(in: range).compactMap { cell in
      let folded = NormalizedText.foldedString(cell.text, mode: .matching)
      guard !folded.isEmpty else { return nil }
      let columns = Set(foldedLabels.indices.filter { foldedLabels[$0].containsScalars(folded) })
      return columns.isEmpty ? nil : HeaderWord(cell: cell, columns: columns)
    }
  }

  /// Words grouped by overlap, one group per column, in order.
  private func groupedBands(_ words: [(span: ColumnSpan, columns: Set<Int>)]) -> ColumnBands? {
    var groups: [(span: ColumnSpan, words: [Set<Int>])] = []
    for word in words.sorted(by: { $0.span.start < $1.span.start }) {
      if let last = groups.last, last.span.overlaps(word.span) {
        groups[groups.count - 1] = (last.span.union(word.span), last.words + [word.columns])
      } else {
        groups.append((word.span, [word.columns]))
      }
    }
    guard groups.count == columnLabels.count,
      groups.enumerated().allSatisfy({ index, group in group.words.allSatisfy { $0.contains(index) } })
    else { return nil }
    return ColumnBands(groups.map(\.span))
  }

  /// The lines with one word per column, each word part of its column's label, their bands joined.
  private func lineBands(_ lines: [[(span: ColumnSpan, columns: Set<Int>)]]) -> ColumnBands? {
    let complete = lines.filter { words in
      words.count == columnLabels.count && words.enumerated().allSatisfy { $1.columns.contains($0) }
    }
    return ColumnBands(rows: complete.map { $0.map(\.span) })
  }

  /// The words of `range` separated by white space, leftovers and page furniture.
  private func words(in range: TextRange) -> [RawCell] {
    Words(in: range, text: context.text, excluded: context.excluded).map(context.extractor.cell(in:))
  }
}
