import GoujiFormats
import GoujiText

/// Reads any text into a ``Report`` and a list of reading problems. It never fails: whatever it cannot find or
/// read becomes a ``ReadingProblem`` beside the model.
package enum ReportReader {
  package static func read(_ text: SourceText) -> Report {
    var report = Report(text: text)
    let lines = text.lineInfos()
    report.artifacts = LeftoverScanner.artifacts(in: text)
    let titled = TitleReader.read(text, lines: lines)
    report.title = titled?.title
    report.furniture = LeftoverScanner.furniture(in: text, lines: lines) + runningHeaders(text, lines, titleLine: titled?.line)
    readSections(&report, lines: lines, titleLine: titled?.line)
    let end = report.appendixStart ?? text.count
    readMentions(&report, end: end)
    if !report.isPre2019 { readTables(&report, lines: lines) }
    report.problems += documentProblems(report)
    return report
  }

  // MARK: Sections

  private static func readSections(_ report: inout Report, lines: [LineInfo], titleLine: Int?) {
    let text = report.text
    let candidates = SectionReader.candidates(text, lines: lines)
    var result = SectionReader.assign(candidates, titleLine: titleLine, end: text.count)
    let closing = result.sections.first { $0.number == ReportSections.all.count } ?? result.sections.last
    if let appendix = appendixStart(text, lines: lines, after: closing?.heading) {
      report.appendixStart = appendix
      result = SectionReader.assign(candidates, titleLine: titleLine, end: appendix)
    }
    report.sections = result.sections
    report.strayHeadings = result.stray
  }

  /// The first `附件…`/`附表…` line after the last section heading: an appendix, not part of the standard report.
  private static func appendixStart(_ text: SourceText, lines: [LineInfo], after heading: SectionHeading?) -> Int? {
    guard let heading, heading.line + 1 < lines.count else { return nil }
    for line in lines[(heading.line + 1)...] where !line.isBlank && !line.startsWithTab {
      let content = CharacterFolding.normalizeAndTrim(text[TextRange(start: line.firstNonSpace, end: line.range.end)])
      if (content.hasPrefix("附件") || content.hasPrefix("附表")) && content.count <= 24 { return line.range.start }
    }
    return nil
  }

  /// Later lines that repeat the title line: running headers of PDF pages.
  private static func runningHeaders(_ text: SourceText, _ lines: [LineInfo], titleLine: Int?) -> [TextRange] {
    guard let titleLine else { return [] }
    let title = CharacterFolding.normalizeAndTrim(text[lines[titleLine].range])
    guard title.count >= 8 else { return [] }
    // Look-alike characters take as many bytes as the ideographs they stand for, so a repeated title has the
    // title's length once spaces are trimmed.
    let length = text.trimmingSpaces(lines[titleLine].range).length
    return lines[(titleLine + 1)...].lazy.filter { !$0.isBlank }.map { text.trimmingSpaces($0.range) }
      .filter { $0.length == length && CharacterFolding.normalizeAndTrim(text[$0]) == title }
  }

  // MARK: Year, notices, signature

  private static func readMentions(_ report: inout Report, end: Int) {
    let text = report.text
    if let title = report.title, let year = title.year, let range = title.yearRange {
      report.yearMentions.append(YearMention(year: year, kind: .title, range: range))
    }
    report.yearMentions += MentionReader.yearMentions(text, end: end)
    report.reportYear = report.title?.year ?? mostCommonYear(report.yearMentions, kind: .period)
      ?? mostCommonYear(report.yearMentions, kind: .statement)
    report.notices = MentionReader.notices(text, end: end)
    let closing = report.section(6)?.bodyRange.start ?? report.sections.last?.bodyRange.start ?? text.count * 3 / 4
    report.signatureDate = MentionReader.signatureDate(text, from: closing, end: end).flatMap { date in
      report.yearMentions.contains { $0.kind == .period && date.range.overlaps($0.range) } ? nil : date
    }
  }

  private static func mostCommonYear(_ mentions: [YearMention], kind: YearMention.Kind) -> Int? {
    let years = mentions.filter { $0.kind == kind }.map(\.year)
    let counts = Dictionary(grouping: years, by: { $0 }).mapValues(\.count)
    return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
  }

  // MARK: Tables

  private static func readTables(_ report: inout Report, lines: [LineInfo]) {
    let excluded = report.artifacts.map(\.range) + report.furniture
    let context = TableContext(text: report.text, lines: lines, excluded: excluded)
    var evidence: [FormatEvidence] = []
    if let result = Table2Reader(context: context).read(
      region: region(for: .table2, in: report), fallbackFormat: report.expectedFormat ?? .format2021
    ) {
      report.table2 = result.table
      evidence += result.evidence
      report.problems += result.problems
    }
    if let result = Table3Reader(context: context).read(region: region(for: .table3, in: report)) {
      report.table3 = result.table
      evidence += result.evidence
      report.problems += result.problems
    }
    if let result = Table4Reader(context: context).read(region: region(for: .table4, in: report)) {
      report.table4 = result.table
      report.problems += result.problems
    }
    report.formatEvidence = evidence
    report.tableFormat = decideFormat(evidence, tables: report.table2 ?? report.table3 ?? report.table4, fallback: report.expectedFormat)
    report.problems += tableProblems(report)
  }

  /// Where a table is looked for: its section's body, or, when the section is missing, the text between the
  /// neighbouring sections that were found.
  private static func region(for table: TableID, in report: Report) -> TextRange {
    if let section = report.section(table.sectionNumber) { return section.bodyRange }
    let end = report.appendixStart ?? report.text.count
    let before = report.sections.filter { $0.number < table.sectionNumber }.map(\.bodyRange.start).max() ?? 0
    let after = report.sections.filter { $0.number > table.sectionNumber && $0.heading.range.start >= before }
      .map(\.heading.range.start).min() ?? end
    return TextRange(start: before, end: max(before, after))
  }

  private static func decideFormat(_ evidence: [FormatEvidence], tables: ReadTable?, fallback: FormatID?) -> FormatID? {
    guard tables != nil else { return nil }
    let counts = Dictionary(grouping: evidence, by: \.format).mapValues(\.count)
    let best = counts.values.max() ?? 0
    let leaders = counts.filter { $0.value == best }.map(\.key)
    if leaders.count == 1 { return leaders[0] }
    return fallback.flatMap { leaders.isEmpty || leaders.contains($0) ? $0 : nil } ?? leaders.max() ?? fallback
  }

  // MARK: Problems

  private static func tableProblems(_ report: Report) -> [ReadingProblem] {
    var problems: [ReadingProblem] = []
    let format = report.effectiveFormat
    for id in TableID.allCases {
      guard let table = report.table(id) else {
        if let section = report.section(id.sectionNumber) {
          problems.append(ReadingProblem(kind: .tableMissing(id), range: section.heading.range))
        }
        continue
      }
      problems += missingRows(table, format: format)
      problems += table.unknownLabels.map {
        ReadingProblem(kind: .rowUnknown(id, label: $0.text, closestRowKey: $0.closestRowKey), range: $0.range)
      }
      if let extra = table.extraColumnRange {
        problems.append(ReadingProblem(kind: .extraColumn(id, label: "小计"), range: extra))
      }
    }
    return problems
  }

  private static func missingRows(_ table: ReadTable, format: ReportFormat) -> [ReadingProblem] {
    let expected: [(key: String, subtable: String?)] =
      switch table.id {
      case .table2: format.table2.flatMap { subtable in subtable.rows.map { ($0.key, Optional(subtable.key)) } }
      case .table3: format.table3.rows.map { ($0.key, nil) }
      case .table4: []
      }
    var problems: [ReadingProblem] = []
    var insertion = table.range.start
    for row in expected {
      if let found = table.rows.first(where: { $0.key == row.key && ($0.subtable == nil || $0.subtable == row.subtable) }) {
        insertion = found.range.end
        continue
      }
      problems.append(
        ReadingProblem(kind: .rowMissing(table.id, rowKey: row.key, subtable: row.subtable), range: TextRange(emptyAt: insertion))
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
    for spec in ReportSections.all where report.section(spec.number) == nil {
      let next = report.sections.filter { $0.number > spec.number }.map(\.heading.range.start).min()
      let at = next ?? report.appendixStart ?? report.text.count
      problems.append(ReadingProblem(kind: .sectionMissing(number: spec.number), range: TextRange(emptyAt: at)))
    }
    return problems
  }
}
