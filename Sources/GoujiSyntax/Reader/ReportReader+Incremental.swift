import GoujiFormats
import GoujiText

extension ReportReader {
  /// The report after `edit` (a range of the previous text and its replacement). When the edit stays inside the body of
  /// one section and cannot change the report's structure, only that section is read again — its leftovers, furniture,
  /// year statements, notices and table, or in a section without a table only the lines around the edit
  /// (``narrativeWindow(_:section:edit:text:shift:)``), or, in a long line of flattened text, the part of it around the
  /// edit (``insideLineWindow(_:section:edit:text:shift:)``) — and everything else is the previous reading moved by the
  /// edit's change in length; otherwise the whole text is read. Either way the result equals `read` of the new text (a
  /// randomized test checks this on the examples). `isCancelled` stops a full read as it stops
  /// ``read(_:isCancelled:)``.
  package static func reread(_ previous: Report, after change: TextEdit, isCancelled: () -> Bool = { false }) -> Report
  {
    var changes = ReadingChange()
    return reread(previous, after: change, recordingIn: &changes, isCancelled: isCancelled)
  }

  /// ``reread(_:after:isCancelled:)`` that records in `changes` what it read again and how the rest moved.
  package static func reread(
    _ previous: Report, after change: TextEdit, recordingIn changes: inout ReadingChange,
    isCancelled: () -> Bool = { false }
  ) -> Report {
    previous.withItsFormats { rereadUnderItsFormats(previous, after: change, recordingIn: &changes, isCancelled) }
  }

  /// ``reread(_:after:recordingIn:isCancelled:)`` with the previous report's formats in use.
  private static func rereadUnderItsFormats(
    _ previous: Report, after change: TextEdit, recordingIn changes: inout ReadingChange, _ isCancelled: () -> Bool
  ) -> Report {
    // The edit as `applyingSequentially` applies it: inside the text, on character boundaries.
    let edit = TextEdit(range: previous.text.clamp(change.range), newText: change.newText)
    let text = previous.text.applyingSequentially([edit])
    guard let (section, insideLine) = editedSection(previous, edit: edit, newText: text) else {
      changes.recordFullRead()
      return read(text, isCancelled: isCancelled)
    }
    let shift = RangeShift(
      start: edit.range.start, oldEnd: edit.range.end, delta: edit.newText.utf8.count - edit.range.length,
      lineDelta: text.lineCount - previous.text.lineCount
    )
    var report: Report
    let region: TextRange
    let lines = previous.lineInfos(after: edit, in: text)
    let window =
      insideLine
      ? insideLineWindow(previous, section: section, edit: edit, text: text, shift: shift)
      : narrativeWindow(previous, section: section, edit: edit, text: text, shift: shift)
    if let window,
      let narrative = rereadNarrative(previous, window: window, text: text, shift: shift)
    {
      (report, region) = (narrative, window.mentions)
    } else {
      (report, region) = rereadSection(previous, section: section, text: text, shift: shift, lines: lines)
    }
    report.lineInfos = lines
    let year = report.reportYear
    readYear(&report)
    readSignatureDate(&report)
    guard report.reportYear == year else {
      changes.recordFullRead()
      return read(text, isCancelled: isCancelled)
    }
    changes.record(shift, rereading: section.number, region: region)
    if !report.isPre2019, let table = TableID(sectionNumber: section.number) {
      readTable(table, into: &report, context: tableContext(report, lines: lines))
    }
    finish(&report)
    return report
  }

  /// `previous` with the whole of `section` (heading to end of body) read again in `text` (described by `lines`), and
  /// the region read.
  private static func rereadSection(
    _ previous: Report, section: Section, text: SourceText, shift: RangeShift, lines: LineInfos
  ) -> (Report, TextRange) {
    var report = previous.droppingReadings(in: section)
    report.shift(shift)
    report.text = text
    let region = TextRange(start: section.heading.range.start, end: shift(section.bodyRange.end))
    // The title lies before the edit, so its line is where it was; it is the line the title ends on.
    let titleLine = previous.title.map { text.line(containing: $0.range.end) }
    scan(region, into: &report, lines: lines, titleLine: titleLine)
    return (report, region)
  }

  /// Whether ``reread(_:after:)`` reads only the edited section for `edit` (for tests and measurements).
  package static func rereadsOnlyOneSection(_ previous: Report, after change: TextEdit) -> Bool {
    let edit = TextEdit(range: previous.text.clamp(change.range), newText: change.newText)
    return editedSection(previous, edit: edit, newText: previous.text.applyingSequentially([edit])) != nil
  }

  /// The section whose body alone the edit changes, and whether the edit shares its line with a heading (flattened
  /// text, ``staysInsideLine(_:edit:newText:line:)``); `nil` when the edit could change headings, the title, the
  /// appendix, or a region that a missing section's table spans.
  private static func editedSection(
    _ previous: Report, edit: TextEdit, newText: SourceText
  ) -> (section: Section, insideLine: Bool)? {
    let old = previous.text
    guard previous.sections.count == ReportSections.all.count,
      let section = previous.sections.first(where: {
        $0.bodyRange.start < edit.range.start && edit.range.end < $0.bodyRange.end
      })
    else { return nil }
    let editLine = old.line(containing: edit.range.start)
    let headingLine = old.line(containing: section.heading.range.end)
    let nextHeading = previous.sections.first { $0.heading.range.start >= section.bodyRange.end }
    let nextLine = nextHeading.map { old.line(containing: $0.heading.range.start) } ?? Int.max
    let titleLine = previous.title.map { old.line(containing: $0.range.end) } ?? Int.max
    let endLine = old.line(containing: edit.range.end)
    let afterTitle = previous.title == nil ? editLine > 40 : editLine > titleLine
    guard afterTitle || editLine == titleLine, !mayEndTable4(previous, edit: edit), !mayEndTable3(previous, edit: edit)
    else { return nil }
    // In flattened text the edit shares a line with a heading (and the title), and that line may be the whole
    // text: only the part of it around the edit is looked at.
    guard editLine > headingLine, endLine < nextLine, afterTitle else {
      return staysInsideLine(previous, edit: edit, newText: newText, line: editLine) ? (section, true) : nil
    }
    let newRange = TextRange(start: edit.range.start, end: edit.range.start + edit.newText.utf8.count)
    guard !touchesStructure(old, range: edit.range, previous: previous),
      !touchesStructure(newText, range: newRange, previous: previous)
    else { return nil }
    return (section, false)
  }

  /// Whether the edit lies after a table 四 whose last cells are, or may be, at the end of its page past its section
  /// (``Table4Reader/pageEndValues(after:region:expected:)``): one read short, or with cells beyond its range.
  private static func mayEndTable4(_ previous: Report, edit: TextEdit) -> Bool {
    guard let table = previous.table4, edit.range.start >= table.range.end else { return false }
    return table.rows.flatMap(\.cells).contains { $0.state == .missing || $0.range.end > table.range.end }
  }

  /// Whether the edit lies after table 三, on the page its section ends on, while the table has cells beyond its
  /// section or cells unread that values at the page's end could complete
  /// (``Table3Reader/pageEndPlacement(_:unread:grid:region:)``).
  private static func mayEndTable3(_ previous: Report, edit: TextEdit) -> Bool {
    guard let table = previous.table3 else { return false }
    let end = previous.section(3)?.bodyRange.end ?? table.range.end
    guard edit.range.start >= end else { return false }
    let cells = table.rows.flatMap(\.cells)
    if cells.contains(where: { $0.range.end > end }) { return true }
    guard cells.contains(where: { !$0.isReadable }) else { return false }
    return previous.text.firstOccurrence(of: [0x0C], in: TextRange(start: end, end: edit.range.start)) == nil
  }

  /// Whether the lines `range` touches hold, or could now hold, a heading (at a line start, or inside the line as
  /// flattened text writes them), an appendix start or a title.
  private static func touchesStructure(_ text: SourceText, range: TextRange, previous: Report) -> Bool {
    let lines = text.lineInfos(from: text.line(containing: range.start), through: text.line(containing: range.end))
    for (number, line) in lines {
      if SectionReader.isHeadingCandidate(text, line, line: number) || isAppendixLine(text, line) { return true }
    }
    if SectionReader.touchesSplitHeading(text, lines: lines) { return true }
    guard let first = lines.first?.1, let last = lines.last?.1 else { return false }
    return containsStructureWords(text, TextRange(start: first.range.start, end: last.range.end))
  }

  /// Whether `range` of `text`, normalised as the title reader reads it, holds a title's words (`年度报告`, `年报`)
  /// or a numbered section heading anywhere (`四、政府信息公开行政复议…`: the full read looks for those inside lines
  /// when a section has no heading at a line start). One view of the edited lines serves every word: Foundation's
  /// `contains` on a copy of each line was 0.32 M instructions per edit of a long report's 600-byte lines.
  private static func containsStructureWords(_ text: SourceText, _ range: TextRange) -> Bool {
    let view = NormalizedText(text, range: range, mode: .display)
    return structureNeedles.contains { view.firstIndex(of: $0, from: 0) != nil }
  }

  /// `年度报告`, `年报`, then `一、总体情况` … for every section title and its variants, as scalars of the normalised
  /// text.
  private static let structureNeedles: [[Unicode.Scalar]] =
    [Array("年度报告".unicodeScalars), Array("年报".unicodeScalars)]
    + ReportSections.all.flatMap { spec in
      ([spec.title] + spec.variants).map { Array((ChineseNumeral.string(spec.number) + "、" + $0).unicodeScalars) }
    }
}

extension Report {
  /// This reading without what ``ReportReader/reread(_:after:)`` reads again for an edit in `section`: the
  /// leftovers, furniture, year statements and notices found in the section (heading to end of body), and its table.
  /// They are dropped before the rest is shifted, so nothing from the old text of the region survives the re-read.
  fileprivate func droppingReadings(in section: Section) -> Report {
    let region = TextRange(start: section.heading.range.start, end: section.bodyRange.end)
    var report = self
    report.artifacts.removeAll { region.contains($0.range.start) }
    report.furniture.removeAll { region.contains($0.start) }
    report.yearMentions.removeAll { $0.kind != .title && region.contains($0.range.start) }
    report.notices.removeAll { region.contains($0.range.start) }
    if let table = TableID(sectionNumber: section.number) {
      switch table {
      case .table2: report.table2 = nil
      case .table3: report.table3 = nil
      case .table4: report.table4 = nil
      }
    }
    return report
  }
}

extension Report {
  /// The descriptions of the lines of `text`, this reading's text after `edit`: this reading's own spliced around
  /// the edit (the lines it left alone keep theirs), or, when it has none of its text, made afresh.
  func lineInfos(after edit: TextEdit, in text: SourceText) -> LineInfos {
    guard let kept = lineInfos, kept.text == self.text else { return text.lineInfos() }
    // An edit inside a line that keeps its facts (typing in a flattened line of a megabyte) describes no line again.
    let line = self.text.line(containing: edit.range.start)
    if line < kept.count, self.text.keepsLineFacts(edit, firstNonSpace: kept[line].firstNonSpace),
      let moved = kept.moved(to: text)
    {
      return moved
    }
    return kept.spliced(into: text, self.text.lineSplice(replacing: edit.range, in: text))
  }
}

extension SourceText {
  /// The line facts of lines `first` through `last`, numbered.
  func lineInfos(from first: Int, through last: Int) -> [(Int, LineInfo)] {
    (first...min(last, lineCount - 1)).map { ($0, lineInfo($0)) }
  }
}
