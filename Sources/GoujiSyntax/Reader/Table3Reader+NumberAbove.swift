import GoujiText

/// A row label wrapped below its number inside a pandoc multiline table's row (`inv-2022-halfwidth`, word-pandoc):
/// pandoc wrapped `2. 申请人逾期…` at its space, leaving `2.` with the row's values on the row's first line and the
/// rest of the label alone on the next, in the same column:
///
///     2.                0     0     34 …
///     申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
///
/// The matcher finds the label by its rest (``Table3Reader/lostItsNumber(_:)``), after the values.
extension Table3Reader {
  /// The rows among `found` whose label lost its number to the line right above, in the same column: each as a join
  /// whose occurrence is the number (so the row's values are those after it on its line, and the row before ends
  /// there) and whose label is the number and its rest. Only where the rest stands alone on its line (nothing but
  /// spaces before and after it), the line above is no blank line (a multiline row's lines follow each other; a
  /// blank line ends the row) and the word starting in the rest's column is exactly a numbering of that row with its
  /// punctuation (`2.`, `2、`, `(2)`: never a bare digit, which may be a value).
  func numberAboveJoins(_ found: [LabelOccurrence]) -> [GridRowJoin.Join] {
    let patterns = Table3Reader.derived.value.bodyMatcher.patterns
    return found.compactMap { occurrence -> GridRowJoin.Join? in
      let labelText = CharacterFolding.normalizeAndTrim(context.text[occurrence.range])
      guard case .row = occurrence.id, Table3Reader.lostItsNumber(labelText),
        let number = numberAbove(occurrence.range, numberings: patterns[occurrence.patternIndex].numberings)
      else { return nil }
      let label = CharacterFolding.normalizeAndTrim(context.text[number]) + labelText
      let join = LabelOccurrence(
        patternIndex: occurrence.patternIndex, id: occurrence.id, normalizedRange: 0..<0, range: number)
      return GridRowJoin.Join(occurrence: join, label: label, valueLines: [])
    }
  }

  /// The word in the line above `label`'s that starts in `label`'s column and is one of `numberings` ending in
  /// punctuation, when `label` stands alone on its line and the line above is not blank; `nil` otherwise.
  private func numberAbove(_ label: TextRange, numberings: [[Unicode.Scalar]]) -> TextRange? {
    let text = context.text
    let index = text.line(containing: label.start)
    guard index > 0, text.line(containing: max(label.start, label.end - 1)) == index else { return nil }
    let line = context.lines[index].range
    let above = context.lines[index - 1].range
    guard isBlank(TextRange(start: line.start, end: label.start)), isBlank(TextRange(start: label.end, end: line.end)),
      !isBlank(above)
    else { return nil }
    let column = characterCount(TextRange(start: line.start, end: label.start))
    guard let word = word(startingInColumn: column, of: above) else { return nil }
    let folded = NormalizedText.fold(text[word], mode: .matching)
    guard let last = folded.last, ".、)".unicodeScalars.contains(last), numberings.contains(folded) else { return nil }
    return word
  }

  /// The word of `line` that starts `column` characters after the line's start, counted once along the line.
  private func word(startingInColumn column: Int, of line: TextRange) -> TextRange? {
    var (counted, countedTo) = (0, line.start)
    for word in Words(in: line, text: context.text, excluded: context.excluded) {
      counted += characterCount(TextRange(start: countedTo, end: word.start))
      countedTo = word.start
      if counted >= column { return counted == column ? word : nil }
    }
    return nil
  }

  /// Whether `range` holds nothing but spaces and line ends.
  private func isBlank(_ range: TextRange) -> Bool {
    context.text.trimmingSpaces(range).isEmpty
  }

  /// The characters (scalars) in `range`: a column as pandoc counts it.
  private func characterCount(_ range: TextRange) -> Int {
    text(range).unicodeScalars.count
  }

  private func text(_ range: TextRange) -> String {
    context.text[range]
  }
}
