import GoujiFormats
import GoujiSyntax
import GoujiText

/// Where a completion is asked for: the typed prefix it replaces, and which part of the report the cursor is in.
struct CompletionContext {
  enum Place: Equatable {
    /// Inside table 二, 三 or 四 (or on the lines right after it, where the next row would be typed).
    case table(TableID)
    /// In section 二, 三 or 四, whose table is absent.
    case sectionWithoutTable(TableID)
    /// Anywhere else: prose, headings, blank lines between sections.
    case outside
  }

  let report: Report
  let offset: Int
  /// The run of characters before the cursor on its line that are neither white space nor TAB.
  let replaceRange: TextRange
  /// The typed prefix, folded for matching.
  let prefix: [Unicode.Scalar]
  let place: Place

  init(report: Report, offset: Int) {
    let text = report.text
    let offset = text.scalarBoundary(atOrBefore: max(0, min(offset, text.count)))
    self.report = report
    self.offset = offset
    let lineStart = text.lineContentRange(text.line(containing: offset)).start
    var start = offset
    while start > lineStart {
      let previous = text.scalarStart(before: start)
      if CharacterFolding.isSpace(text.scalar(at: previous)) { break }
      start = previous
    }
    replaceRange = TextRange(start: start, end: offset)
    prefix = NormalizedText.fold(text[replaceRange], mode: .matching)
    place = Self.place(of: offset, in: report)
  }

  /// Whether a candidate labelled `label` fits the typed prefix (the folded label contains the folded prefix).
  func accepts(_ label: String) -> Bool {
    guard !prefix.isEmpty else { return true }
    let folded = NormalizedText.fold(label, mode: .matching)
    guard folded.count >= prefix.count else { return false }
    return (0...(folded.count - prefix.count)).contains { start in
      folded[start..<(start + prefix.count)].elementsEqual(prefix)
    }
  }

  private static func place(of offset: Int, in report: Report) -> Place {
    let text = report.text
    guard !report.isPre2019,
      let section = report.sections.last(where: { $0.heading.range.start <= offset }),
      offset >= section.heading.range.end, offset <= section.bodyRange.end,
      let id = ReportSections.spec(section.number)?.table
    else { return .outside }
    guard let table = report.table(id) else { return .sectionWithoutTable(id) }
    let line = text.line(containing: offset)
    let firstLine = text.line(containing: table.extent.start)
    let bodyLastLine = text.line(containing: max(section.bodyRange.start, section.bodyRange.end - 1))
    let lastLine = min(text.line(containing: table.range.end) + 2, bodyLastLine)
    return (firstLine...max(firstLine, lastLine)).contains(line) ? .table(id) : .outside
  }
}

/// A position in a list as a sort key: the number padded with zeros to four digits, so keys sort as numbers.
func sortKey(_ position: Int) -> String {
  let digits = String(position)
  return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
