import GoujiText

extension CutHeaderJoin {
  /// The lines of numbers in `region` (section 四's body, where no table 四 was read) that follow a header cut into
  /// fragments the reader could not join: a run of fragment lines, at least one fragment per column, each a piece of
  /// one of table 四's header words (`结果维`, `持`, `行政复`), then, blank lines between allowed, lines of whole
  /// numbers alone holding one to fifteen numbers, up to the next other line. The table is there, unread: not
  /// missing. Prose naming `行政复议` with a number has no such lines.
  static func unreadValues(in region: TextRange, text: SourceText, excluded: ExcludedRanges) -> TextRange? {
    let spec = Table4Reader.spec
    let headerWords = spec.headers.map { Array(NormalizedText.foldedString($0, mode: .matching).unicodeScalars) }
    let cellCount = spec.rows.count * spec.columns.count
    var fragments = 0
    var numbers = 0
    var values: TextRange?
    /// The values after the run just ended, when they make the table.
    func found() -> TextRange? {
      fragments >= spec.columns.count && (1...cellCount).contains(numbers) ? values : nil
    }
    for content in text.lineContentRanges(in: region) {
      let lineWords = words(of: content, text: text, excluded: excluded) ?? []
      if lineWords.isEmpty && content.length <= maximumLineBytes { continue }
      if values == nil, let line = fragmentLine(content, words: lineWords, text: text),
        line.folded.allSatisfy({ fragment in headerWords.contains { FoldedScalars.occurs(fragment, in: $0[...]) } })
      {
        fragments += line.folded.count
      } else if fragments > 0, let count = wholeNumbers(lineWords, text: text) {
        numbers += count
        let trimmed = TextRange(start: lineWords[0].start, end: lineWords[lineWords.count - 1].end)
        values = values.map { $0.union(trimmed) } ?? trimmed
      } else {
        if let table = found() { return table }
        (fragments, numbers, values) = (0, 0, nil)
      }
    }
    return found()
  }

  /// ``unreadValues(in:text:excluded:)`` in `report`'s text, its leftovers and page furniture white space.
  static func unreadValues(in region: TextRange, of report: Report) -> TextRange? {
    let excluded = ExcludedRanges(report.artifacts.map(\.range) + report.furniture)
    return unreadValues(in: region, text: report.text, excluded: excluded)
  }

  /// How many words `words` are when there are some and each is a whole number (ASCII or full-width digits), else
  /// `nil` (a line longer than ``maximumLineBytes`` gives no words).
  private static func wholeNumbers(_ words: [TextRange], text: SourceText) -> Int? {
    guard !words.isEmpty else { return nil }
    for word in words {
      var index = word.start
      while index < word.end {
        let scalar = text.scalar(at: index)
        guard ("0"..."9").contains(scalar) || CharacterFolding.isFullWidthDigit(scalar) else { return nil }
        index += SourceText.scalarByteCount(lead: text.bytes[index])
      }
    }
    return words.count
  }
}
