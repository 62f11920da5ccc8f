import GoujiText

/// Table 二 scattered by PDF text in reading order: Chromium's PDF of a table pasted from Excel (fixed column widths,
/// right-aligned cells) writes its clause headers, column headers, row labels and values on lines of their own and
/// out of the table's order (`本年制发件数 本年废止件数 现行有效件数` / `80` / `237` …, `inv-2024-excel`), so no row is
/// found with its values and no table 二 is read. The section holds the table, unread: not missing (GJ308, never
/// GJ301). Prose that names a clause and a number (`依据第二十条第（一）项，本年制发规章2件。`) has no such lines.
enum ScatteredTable {
  /// How many of the format's clause headers (`第二十条第（一）项`), and how many of its column headers (`本年制发件数`),
  /// must stand on lines of table 二's labels alone; a table has four and three or more.
  private static let minimumClauses = 2
  private static let minimumColumns = 2
  /// How many lines of numbers alone (`80`, `1.25`, `1 663`) must stand in the section.
  private static let minimumValueLines = 2
  /// The longest line looked at: a line of labels or of numbers, never a paragraph.
  private static let maximumLineBytes = 400

  /// The first line of table 二's labels in `region` (section 二's body, where no table 二 was read) when the region
  /// holds the table scattered: at least ``minimumClauses`` clause headers and ``minimumColumns`` column headers on
  /// lines that hold table 二's labels and nothing else, and at least ``minimumValueLines`` lines of numbers alone.
  static func table2(in text: SourceText, region: TextRange) -> TextRange? {
    guard !region.isEmpty else { return nil }
    let occurrences = Table2Reader.matcher.occurrences(in: NormalizedText(text, range: region, mode: .matching))
    var next = 0
    var clauses = Set<String>()
    var columns = Set<String>()
    var valueLines = 0
    var first: TextRange?
    for part in text.lineContentRanges(in: region) {
      let content = text.trimmingSpaces(part)
      while next < occurrences.count && occurrences[next].range.start < content.start { next += 1 }
      var onLine: [LabelOccurrence] = []
      while next < occurrences.count && occurrences[next].range.start < content.end {
        onLine.append(occurrences[next])
        next += 1
      }
      guard !content.isEmpty, content.length <= maximumLineBytes else { continue }
      if isLabelsAlone(text, content, onLine) {
        first = first ?? content
        for occurrence in onLine {
          if case .clause(let key) = occurrence.id { clauses.insert(key) }
          if case .column(let label) = occurrence.id { columns.insert(label) }
        }
      } else if isNumbersAlone(text, content) {
        valueLines += 1
      }
    }
    guard clauses.count >= minimumClauses, columns.count >= minimumColumns, valueLines >= minimumValueLines
    else { return nil }
    return first
  }

  /// Whether `labels` cover `content` but for white space between them.
  private static func isLabelsAlone(_ text: SourceText, _ content: TextRange, _ labels: [LabelOccurrence]) -> Bool {
    guard !labels.isEmpty, labels.allSatisfy({ $0.range.end <= content.end }) else { return false }
    var covered = content.start
    for label in labels {
      guard
        label.range.start <= covered
          || text.trimmingSpaces(TextRange(start: covered, end: label.range.start))
            .isEmpty
      else { return false }
      covered = max(covered, label.range.end)
    }
    return text.trimmingSpaces(TextRange(start: covered, end: content.end)).isEmpty
  }

  /// Whether `content` holds numbers and white space alone: digits (ASCII or full-width), a decimal point or a
  /// thousands separator among them.
  private static func isNumbersAlone(_ text: SourceText, _ content: TextRange) -> Bool {
    var hasDigit = false
    var index = content.start
    while index < content.end {
      let width = SourceText.scalarByteCount(lead: text.bytes[index])
      let scalar = text.scalar(at: index)
      if ("0"..."9").contains(scalar) || CharacterFolding.isFullWidthDigit(scalar) {
        hasDigit = true
      } else if !(scalar == "." || scalar == "," || text.isSpace(at: index, width: width)) {
        return false
      }
      index += width
    }
    return hasDigit
  }
}
