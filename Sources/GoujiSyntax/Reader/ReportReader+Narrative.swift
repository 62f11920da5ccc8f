import GoujiFormats
import GoujiText

/// Where ``ReportReader/reread(_:after:recordingIn:isCancelled:)`` reads again after an edit in the narrative of a
/// section without a table: the edited lines (with one line either side, so a line end typed or deleted, or a CR
/// split from its LF, is inside them) for the line-bound readings, and a window around them for the readings that
/// can span lines (year statements, notice citations).
struct NarrativeWindow {
  /// The edited lines with their neighbours in the previous text, whole lines with their terminators.
  var oldLines: TextRange
  /// The same lines in the new text.
  var lines: TextRange
  /// Their numbers in the new text.
  var lineNumbers: ClosedRange<Int>
  /// The part of the new text whose year statements and notice citations are taken from the scan of `scanned`:
  /// at least ``mentionReach`` normalised characters from each edge of `scanned` that is not the region's edge.
  var mentions: TextRange
  /// The part of the new text scanned for year statements and notice citations.
  var scanned: TextRange
  /// Whether `oldLines` and `lines` are a part of one line rather than whole lines
  /// (``ReportReader/insideLineWindow(_:section:edit:text:shift:)``): then no line-bound reading is made again, and
  /// a leftover or a chrome phrase that crosses their edges is kept, not read again.
  var insideLine = false

  /// Whether a reading of the previous text at `range` lies in `oldLines` and is read again.
  func rereads(_ range: TextRange) -> Bool {
    oldLines.contains(range.start) && (!insideLine || range.end <= oldLines.end)
  }

  /// How far, in characters of the matching view, the readings of year statements and notice citations look on
  /// either side of where a reading starts: a `统计期限` sentence reads 60 characters on, a citation by number
  /// `国办公开办函〔2021〕30号` at most a few dozen (runs of many digits are read in full instead), and a citation by
  /// title is kept or dropped by the longer titles that overlap it, each as long as the longest title. A title that
  /// overlaps itself would chain without bound: then the window is the whole region. Derived from the formats in use
  /// (``DerivedFromFormats``), like the reader's other format data.
  static var mentionReach: Int { derivedMentionReach.value }

  private static let derivedMentionReach = DerivedFromFormats { () -> Int in
    let titles = ReportFormats.all.flatMap { format in
      [format.notice.formatTitle, format.notice.noticeTitle] + format.notice.noticeTitleVariants
    }.map { NormalizedText.fold($0, mode: .matching) }
    guard !titles.contains(where: overlapsItself) else { return Int.max / 8 }
    return (titles.count + 1) * (titles.map(\.count).max() ?? 0) + 128
  }

  /// A run of at least this many digits in the window (a citation's serial could run on through it) makes the
  /// reader read the whole region instead.
  static let longestDigitRun = 24

  /// Whether a proper prefix of `needle` is also its suffix (so two of its occurrences can overlap).
  private static func overlapsItself(_ needle: [Unicode.Scalar]) -> Bool {
    (1..<max(1, needle.count)).contains { needle[..<$0].elementsEqual(needle[(needle.count - $0)...]) }
  }
}

extension ReportReader {
  /// The lines around `edit` and the window of text around them, when the edit lies in the narrative of `section`
  /// (a section without a table: its body read as lines); `nil` when the section has a table or the lines do not
  /// line up, and the whole section is read instead.
  static func narrativeWindow(
    _ previous: Report, section: Section, edit: TextEdit, text: SourceText, shift: RangeShift
  ) -> NarrativeWindow? {
    guard previous.isPre2019 || TableID(sectionNumber: section.number) == nil else { return nil }
    let old = previous.text
    let firstBody = old.line(containing: section.heading.range.end) + 1
    let lastBody = wholeLinesEnd(old, before: section.bodyRange.end)
    let editFirst = old.line(containing: edit.range.start)
    let editLast = old.line(containing: edit.range.end)
    let first = max(firstBody, editFirst - 1)
    let last = min(lastBody, editLast + 1)
    guard first <= editFirst, editLast <= last else { return nil }
    let oldLines = TextRange(start: old.lineStarts[first], end: old.lineRange(last).end)
    let lines = TextRange(start: oldLines.start, end: oldLines.end + shift.delta)
    let newLast = last + shift.lineDelta
    guard newLast >= first, newLast < text.lineCount, text.lineStarts[first] == lines.start,
      text.lineRange(newLast).end == lines.end
    else { return nil }
    let region = TextRange(start: section.heading.range.start, end: shift(section.bodyRange.end))
    let before = margin(text, from: first - 1, through: firstBody, step: -1, regionEdge: region.start)
    let after = margin(text, from: newLast + 1, through: lastBody + shift.lineDelta, step: 1, regionEdge: region.end)
    return NarrativeWindow(
      oldLines: oldLines, lines: lines, lineNumbers: first...newLast,
      mentions: TextRange(start: before.inner, end: after.inner),
      scanned: TextRange(start: before.outer, end: after.outer)
    )
  }

  /// The last line of `text` that ends (terminator included) at or before `offset`.
  private static func wholeLinesEnd(_ text: SourceText, before offset: Int) -> Int {
    let line = text.line(containing: offset)
    return text.lineRange(line).end <= offset ? line : line - 1
  }

  /// The edges of the margin on one side of the edited lines: lines from `start` towards `limit` (inclusive) until
  /// they hold ``NarrativeWindow/mentionReach`` normalised characters (`inner`) and twice that (`outer`), each the
  /// line edge away from the edit; the region's edge when the lines run out first.
  private static func margin(
    _ text: SourceText, from start: Int, through limit: Int, step: Int, regionEdge: Int
  ) -> (inner: Int, outer: Int) {
    let reach = NarrativeWindow.mentionReach
    var (count, inner) = (0, Int?.none)
    for line in stride(from: start, through: limit, by: step) {
      count += NormalizedText(text, range: text.lineRange(line), mode: .matching).scalars.count
      let edge = step > 0 ? text.lineRange(line).end : text.lineStarts[line]
      if inner == nil && count >= reach { inner = edge }
      if count >= 2 * reach { return (inner ?? edge, edge) }
    }
    return (inner ?? regionEdge, regionEdge)
  }

  /// `report` (the previous reading, its text not yet replaced) with the readings of `window` read again in `text`:
  /// the leftovers and furniture of its lines, and the year statements and notice citations of its mention part;
  /// everything else moved by `shift`. `nil` when the window holds a long run of digits.
  static func rereadNarrative(
    _ previous: Report, window: NarrativeWindow, text: SourceText, shift: RangeShift
  ) -> Report? {
    let display = NormalizedText(text, range: window.scanned, mode: .display)
    let matching = NormalizedText(matching: display)
    guard !hasLongDigitRun(matching) else { return nil }
    let oldMentions = TextRange(start: window.mentions.start, end: window.mentions.end - shift.delta)
    let artifacts = LeftoverScanner.artifacts(in: text, range: window.lines)
    guard !window.insideLine || !crossesEdges(window, old: previous.artifacts, new: artifacts) else { return nil }
    var report = previous
    // One copy of the leftovers, with room for those read again (appending them grew a copy of exactly its size).
    report.artifacts.reserveCapacity(previous.artifacts.count + artifacts.count)
    let span = previous.artifactIndices(startingIn: window.oldLines)
    report.furniture.removeAll { window.rereads($0) }
    report.yearMentions.removeAll { $0.kind != .title && oldMentions.contains($0.range.start) }
    report.notices.removeAll { oldMentions.contains($0.range.start) }
    report.shift(shift)
    report.text = text
    let lines = window.insideLine ? [] : window.lineNumbers.map(text.lineInfo)[...]
    // Not made for a window inside a line, whose line may be the title's (a megabyte, described afresh).
    let title = lines.isEmpty ? nil : previous.title.map { text.lineInfo(text.line(containing: $0.range.end)) }
    // The leftovers that start in the window lie together in the list, which is sorted by range and keeps its order
    // when shifted: those read again are replaced there, so the list stays sorted, and the sort that finishes the
    // reading finds one run instead of merging thousands of leftovers with the few appended after them.
    let keptInSpan = span.filter { !window.rereads(previous.artifacts[$0].range) }.map { report.artifacts[$0] }
    report.artifacts.replaceSubrange(span, with: keptInSpan + artifacts)
    report.furniture +=
      LeftoverScanner.furniture(in: text, lines: lines, range: window.lines)
      + runningHeaders(text, title: title, in: lines)
    report.yearMentions += MentionReader.yearMentions(in: display).filter { window.mentions.contains($0.range.start) }
    report.notices += MentionReader.notices(text, in: matching).filter { window.mentions.contains($0.range.start) }
    return report
  }

  /// Whether a leftover crosses an edge of a window inside a line: one of the previous text across its start (read
  /// from before it), or one read again up to its end (it may run on past it, to a `]` or the line's end).
  private static func crossesEdges(_ window: NarrativeWindow, old: [Artifact], new: [Artifact]) -> Bool {
    let start = window.oldLines.start
    return old.contains { $0.range.start < start && $0.range.end > start }
      || new.contains { $0.range.end >= window.lines.end }
  }

  /// Whether `view` holds a run of ``NarrativeWindow/longestDigitRun`` ASCII digits.
  static func hasLongDigitRun(_ view: NormalizedText) -> Bool {
    var run = 0
    for scalar in view.scalars {
      run = (0x30...0x39).contains(scalar.value) ? run + 1 : 0
      if run >= NarrativeWindow.longestDigitRun { return true }
    }
    return false
  }
}

extension Report {
  /// The indices of the leftovers (``artifacts``, sorted by range since ``ReportReader/finish(_:)``) that start in
  /// `range`, found by binary search: a window read again after an edit holds a few of a long report's thousands.
  func artifactIndices(startingIn range: TextRange) -> Range<Int> {
    let first = artifacts.partitionPoint { $0.range.start < range.start }
    return first..<artifacts[first...].partitionPoint { $0.range.start < range.end }
  }
}
