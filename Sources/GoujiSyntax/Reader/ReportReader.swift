import GoujiFormats
import GoujiText

/// Reads any text into a ``Report`` and a list of reading problems. It never fails: whatever it cannot find or
/// read becomes a ``ReadingProblem`` beside the model.
///
/// The text is read in regions: the prologue before the first section, each section (heading and body), and the
/// appendix. Leftovers, page furniture, year statements and notice citations are found region by region, and each
/// table within its section, so that after an edit inside one section only that region is read again
/// (``reread(_:after:)``) and the result is the same as a full read.
package enum ReportReader {
  /// Reads `text`. `isCancelled` is asked between phases (sections, each region, each table); once it says yes,
  /// the reading stops and what was read so far comes back unfinished: the caller, who cancelled, discards it.
  package static func read(_ text: SourceText, isCancelled: () -> Bool = { false }) -> Report {
    let report = read(text, appendix: nil, isCancelled: isCancelled)
    guard !isCancelled(), let appendix = headinglessAppendix(report) else { return report }
    return read(text, appendix: appendix, isCancelled: isCancelled)
  }

  /// ``read(_:isCancelled:)`` with the appendix starting at `appendix` when the text has no section heading to find
  /// it after (``headinglessAppendix(_:)``).
  private static func read(_ text: SourceText, appendix: Int?, isCancelled: () -> Bool) -> Report {
    var report = Report(text: text)
    let lines = text.lineInfos()
    report.lineInfos = lines
    let titled = TitleReader.read(text, lines: lines)
    report.title = titled?.title
    readSections(&report, lines: lines, titleLine: titled?.line, appendix: appendix)
    for region in regions(of: report) {
      guard !isCancelled() else { return report }
      scan(region, into: &report, lines: lines, titleLine: titled?.line)
    }
    readYear(&report)
    readSignatureDate(&report)
    if !report.isPre2019 {
      let context = tableContext(report, lines: lines)
      for id in TableID.allCases {
        guard !isCancelled() else { return report }
        readTable(id, into: &report, context: context)
      }
    }
    finish(&report)
    return report
  }

  /// The report's title alone, as ``read(_:isCancelled:)`` reads it: a look at the lines before the first section,
  /// for a batch that only needs to know which body and year each file is.
  package static func title(of text: SourceText) -> ReportTitle? {
    TitleReader.read(text, lines: text.lineInfos())?.title
  }

  /// The title of a text of which `prefix` holds the first lines, whole (cut after a line feed), when they decide
  /// it: `.some(title)` when the title is found in them, `.some(nil)` when they hold all the non-blank lines the
  /// title is looked for in and no title, `nil` when the rest of the text may still hold it. The title is decided
  /// at each of those lines from that line, the next one (a wrapped title) and the lines before it.
  package static func title(ofPrefix prefix: SourceText) -> ReportTitle?? {
    let lines = prefix.lineInfos()
    if let title = TitleReader.read(prefix, lines: lines)?.title { return .some(title) }
    let nonBlank = lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(TitleReader.linesLookedAt).count
    return nonBlank == TitleReader.linesLookedAt ? .some(nil) : nil
  }

  // MARK: Regions

  /// The prologue, each section from its heading to the next heading, and the appendix; together they cover the text.
  static func regions(of report: Report) -> [TextRange] {
    let end = report.text.count
    let tail = report.appendixStart ?? end
    var starts = [0] + report.sections.map(\.heading.range.start) + [tail]
    starts = starts.enumerated().map { index, start in index == 0 ? 0 : max(start, starts[index - 1]) }
    var regions = zip(starts, starts.dropFirst()).map { TextRange(start: $0, end: $1) }
    if tail < end { regions.append(TextRange(start: tail, end: end)) }
    return regions
  }

  /// Leftovers, furniture, year statements and notice citations of one region.
  static func scan(_ region: TextRange, into report: inout Report, lines: LineInfos, titleLine: Int?) {
    let text = report.text
    let firstLine = text.line(containing: region.start)
    let lastLine = region.isEmpty ? firstLine - 1 : text.line(containing: region.end - 1)
    let regionLines = lines[firstLine..<max(firstLine, lastLine + 1)]
    report.artifacts += LeftoverScanner.artifacts(in: text, range: region)
    report.furniture +=
      LeftoverScanner.furniture(in: text, lines: regionLines, range: region)
      + runningHeaders(text, title: titleLine.map { lines[$0] }, in: regionLines)
    guard region.start < (report.appendixStart ?? text.count) else { return }
    // One view alive at a time: the display view for the years, then, where it may cite a notice, the matching
    // view, made from the text again. A text without headings is all prologue, and each view takes 9 bytes a
    // character: a long region is viewed in parts.
    let mentions = MentionReader.mentions(text, in: region)
    report.yearMentions += mentions.years
    report.notices += mentions.notices
  }

  // MARK: Sections

  private static func readSections(_ report: inout Report, lines: LineInfos, titleLine: Int?, appendix: Int?) {
    let text = report.text
    let candidates = SectionReader.candidates(text, lines: lines)
    var result = SectionReader.assign(candidates, titleLine: titleLine, end: text.count)
    let closing = result.sections.first { $0.number == ReportSections.all.count } ?? result.sections.last
    if let appendix = appendix ?? appendixStart(text, lines: lines, after: closing?.heading) {
      report.appendixStart = appendix
      result = SectionReader.assign(candidates, titleLine: titleLine, end: appendix)
    }
    report.sections = result.sections
    report.strayHeadings = result.stray
  }

  /// The first `附件…`/`附表…` line after the last section heading: an appendix, not part of the standard report;
  /// in flattened text, an appendix inside the heading's own line (``inlineAppendixStart(_:line:after:)``).
  private static func appendixStart(_ text: SourceText, lines: LineInfos, after heading: SectionHeading?) -> Int? {
    guard let heading else { return nil }
    if let inline = inlineAppendixStart(text, line: lines[heading.line], after: heading.range.end) { return inline }
    guard heading.line + 1 < lines.count else { return nil }
    return lines[(heading.line + 1)...].first { isAppendixLine(text, $0) }?.range.start
  }

  static func isAppendixLine(_ text: SourceText, _ line: LineInfo) -> Bool {
    guard !line.isBlank, !line.startsWithTab else { return false }
    // No character normalises to one holding `附` but `附` itself: a line without its bytes is not normalised.
    guard text.firstOccurrence(of: appendixMark, in: line.range) != nil else { return false }
    let content = CharacterFolding.normalizeAndTrim(text[TextRange(start: line.firstNonSpace, end: line.range.end)])
    return (content.hasPrefix("附件") || content.hasPrefix("附表")) && content.count <= appendixLineLimit
      && !content.contains("。")
  }

  /// The longest appendix line: its mark and title (`附件：政府信息公开情况统计表（2019年以前口径）`), never a sentence.
  static let appendixLineLimit = 48

  /// The UTF-8 bytes of `附`, which every appendix line starts with.
  static let appendixMark = Array("附".utf8)

  /// Lines of `lines` that repeat the title line (`titleLine`): running headers of PDF pages.
  static func runningHeaders(
    _ text: SourceText, title titleLine: LineInfo?, in lines: some Sequence<LineInfo>
  ) -> [TextRange] {
    guard let titleLine else { return [] }
    let title = CharacterFolding.normalizeAndTrim(text[titleLine.range])
    guard title.count >= 8 else { return [] }
    // Look-alike characters take as many bytes as the ideographs they stand for, so a repeated title has the
    // title's length once spaces are trimmed.
    let length = text.trimmingSpaces(titleLine.range).length
    // A plain loop (the lazy filter, map and filter cost about 300 instructions a line), and trimming only shortens a
    // line: one shorter than the title is no repeat of it, and is not trimmed (most lines).
    var repeats: [TextRange] = []
    for line in lines where !line.isBlank && line.range.start > titleLine.range.end && line.range.length >= length {
      let trimmed = text.trimmingSpaces(line.range)
      if trimmed.length == length && CharacterFolding.normalizeAndTrim(text[trimmed]) == title {
        repeats.append(trimmed)
      }
    }
    return repeats
  }

  // MARK: Year and signature

  static func readYear(_ report: inout Report) {
    if let title = report.title, let year = title.year, let range = title.yearRange,
      !report.yearMentions.contains(where: { $0.kind == .title })
    {
      report.yearMentions.insert(YearMention(year: year, kind: .title, range: range), at: 0)
    }
    report.reportYear =
      report.title?.year ?? mostCommonYear(report.yearMentions, kind: .period)
      ?? mostCommonYear(report.yearMentions, kind: .statement)
  }

  /// The region whose last date is the signature's: section 六 to the end of the report proper.
  static func closingRange(_ report: Report) -> TextRange {
    let end = report.appendixStart ?? report.text.count
    let start = report.section(6)?.bodyRange.start ?? report.sections.last?.bodyRange.start ?? report.text.count * 3 / 4
    return TextRange(start: min(start, end), end: end)
  }

  static func readSignatureDate(_ report: inout Report) {
    let closing = closingRange(report)
    report.signatureDate = MentionReader.signatureDate(report.text, from: closing.start, end: closing.end).flatMap {
      date in
      report.yearMentions.contains { $0.kind == .period && date.range.overlaps($0.range) } ? nil : date
    }
  }

  private static func mostCommonYear(_ mentions: [YearMention], kind: YearMention.Kind) -> Int? {
    let years = mentions.filter { $0.kind == kind }.map(\.year)
    let counts = Dictionary(grouping: years, by: { $0 }).mapValues(\.count)
    return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
  }

  // MARK: Format and problems

  /// What follows from the regions and tables: the tables' format and the reading problems.
  static func finish(_ report: inout Report) {
    if !isInTextOrder(report.artifacts) { report.artifacts.sort { $0.range < $1.range } }
    report.furniture.sort()
    report.notices.sort { $0.range.start < $1.range.start }
    report.yearMentions.sort {
      ($0.kind == .title ? 0 : 1, $0.range.start) < ($1.kind == .title ? 0 : 1, $1.range.start)
    }
    report.formatEvidence = (report.table2?.evidence ?? []) + (report.table3?.evidence ?? [])
    report.tableFormat = decideFormat(
      report.formatEvidence, hasTables: report.table2 ?? report.table3 ?? report.table4 != nil,
      fallback: report.expectedFormat
    )
    let tables = report.readTables
    report.problems =
      tables.flatMap(\.problems) + (report.isPre2019 ? [] : tableProblems(report)) + documentProblems(report)
  }

  /// Whether `artifacts` are in text order (by range) already, found in one pass: a re-read after an edit leaves a
  /// long report's thousands of leftovers in order (``rereadNarrative(_:window:text:shift:)`` replaces those it reads
  /// again where they lay), and the standard library's stable sort walked such a sorted run at some 30 instructions a
  /// leftover. Skipping the sort of a sorted list changes nothing: the sort is stable.
  private static func isInTextOrder(_ artifacts: [Artifact]) -> Bool {
    artifacts.withUnsafeBufferPointer { buffer in
      buffer.indices.dropFirst().allSatisfy { !(buffer[$0].range < buffer[$0 - 1].range) }
    }
  }

  private static func decideFormat(_ evidence: [FormatEvidence], hasTables: Bool, fallback: FormatID?) -> FormatID? {
    guard hasTables else { return nil }
    let counts = Dictionary(grouping: evidence, by: \.format).mapValues(\.count)
    let best = counts.values.max() ?? 0
    let leaders = counts.filter { $0.value == best }.map(\.key)
    if leaders.count == 1 { return leaders[0] }
    return fallback.flatMap { leaders.isEmpty || leaders.contains($0) ? $0 : nil } ?? leaders.max() ?? fallback
  }

  private static func tableProblems(_ report: Report) -> [ReadingProblem] {
    var problems: [ReadingProblem] = []
    let format = report.effectiveFormat
    for id in TableID.allCases {
      guard let table = report.table(id) else {
        if let grid = cutTable(of: id, in: report) {
          problems.append(ReadingProblem(kind: .tableUnreadable(id), range: grid))
        } else if let section = report.section(id.sectionNumber) {
          if let picture = PictureTrace.first(in: report.text, region: section.bodyRange) {
            problems.append(ReadingProblem(kind: .tablePicture(id), range: picture))
          } else if id == .table2, let labels = ScatteredTable.table2(in: report.text, region: section.bodyRange) {
            problems.append(ReadingProblem(kind: .tableScattered(id), range: labels))
          } else if id == .table4, let values = CutHeaderJoin.unreadValues(in: section.bodyRange, of: report) {
            problems.append(ReadingProblem(kind: .tableHeaderCut(id), range: values))
          } else {
            problems.append(ReadingProblem(kind: .tableMissing(id), range: section.heading.range))
          }
        }
        continue
      }
      problems += missingRows(table, format: format, text: report.text)
      problems += table.unknownLabels.map {
        ReadingProblem(kind: .rowUnknown(id, label: $0.text, closestRowKey: $0.closestRowKey), range: $0.range)
      }
      if let extra = table.extraColumnRange {
        problems.append(ReadingProblem(kind: .extraColumn(id, label: "小计"), range: extra))
      }
    }
    return problems
  }

  /// The format's rows absent from `table`: missing (GJ302), or unread where a third of the table was read and the
  /// row's label begins in the text between its neighbouring rows (`rowUnfound`).
  private static func missingRows(_ table: ReadTable, format: ReportFormat, text: SourceText) -> [ReadingProblem] {
    let expected: [(key: String, subtable: String?)] =
      switch table.id {
      case .table2: format.table2.flatMap { subtable in subtable.rows.map { ($0.key, Optional(subtable.key)) } }
      case .table3: format.table3.rows.map { ($0.key, nil) }
      case .table4: []
      }
    var problems: [ReadingProblem] = []
    var insertion = table.range.start
    let outOfOrder = Set(
      table.problems.compactMap { problem -> String? in
        if case .rowOutOfOrder(_, let key, _) = problem.kind { return key } else { return nil }
      }
    )
    func found(_ row: (key: String, subtable: String?)) -> TableRow? {
      table.rows.first { $0.key == row.key && ($0.subtable == nil || $0.subtable == row.subtable) }
    }
    // The table is there: a third of its rows read (a narrow label column can cut most of the rest).
    let mostlyRead = table.rows.count * 3 >= expected.count
    /// The text between the last row found and the next row found after `expected[index]`.
    func gap(after index: Int) -> TextRange {
      let next = expected[(index + 1)...].lazy.compactMap(found).first?.range.start ?? table.range.end
      return TextRange(start: insertion, end: max(insertion, next))
    }
    for (index, row) in expected.enumerated() where !outOfOrder.contains(row.key) {
      if let found = found(row) {
        insertion = found.range.end
        continue
      }
      if mostlyRead, let spec = format.rowSpec(table.id, key: row.key, subtable: row.subtable),
        let label = UnfoundRowLabel.beginning(of: spec, in: gap(after: index), text: text)
      {
        problems.append(
          ReadingProblem(kind: .rowUnfound(table.id, rowKey: row.key, subtable: row.subtable), range: label)
        )
        continue
      }
      problems.append(
        ReadingProblem(
          kind: .rowMissing(table.id, rowKey: row.key, subtable: row.subtable), range: TextRange(emptyAt: insertion)
        )
      )
    }
    return problems
  }

  private static func documentProblems(_ report: Report) -> [ReadingProblem] {
    var problems: [ReadingProblem] = []
    if report.reportYear == nil {
      problems.append(ReadingProblem(kind: .yearUnknown, range: report.title?.range ?? TextRange(emptyAt: 0)))
    }
    if report.isPre2019 { return problems }
    let missing = ReportSections.all.map(\.number).filter { report.section($0) == nil }
    if let dropped = droppedHeadings(report, missing: missing) { return problems + [dropped] }
    for number in missing {
      let next = report.sections.filter { $0.number > number }.map(\.heading.range.start).min()
      let at = next ?? report.appendixStart ?? report.text.count
      problems.append(ReadingProblem(kind: .sectionMissing(number: number), range: TextRange(emptyAt: at)))
    }
    return problems
  }
}
