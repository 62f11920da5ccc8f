import GoujiText

/// Moves the ranges of a reading across an edit: what lies before the edit stays, what lies after it moves by the
/// edit's change in length (for reusing the parts of a report an edit did not touch).
///
/// The mapping is total and monotonic, so every moved range is a valid range of the new text: an offset inside the
/// replaced text maps to the edit's start. Parts of the reading inside the edited region are read again, never
/// moved (``ReportReader/reread(_:after:)`` drops them before it shifts the rest).
struct RangeShift {
  /// Where the edit started (in the old text and the new one).
  var start: Int
  /// Where the edit ended in the old text.
  var oldEnd: Int
  var delta: Int
  /// How many lines the edit added (negative: removed).
  var lineDelta: Int = 0

  /// A range is moved when it starts at or after the edit's end, kept when it ends at or before the edit's start,
  /// and otherwise (it overlaps the replaced text) mapped end by end.
  func callAsFunction(_ range: TextRange) -> TextRange {
    if range.start >= oldEnd { return TextRange(start: range.start + delta, end: range.end + delta) }
    if range.end <= start { return range }
    let mappedStart = self(range.start)
    return TextRange(start: mappedStart, end: max(mappedStart, self(range.end)))
  }

  func callAsFunction(_ offset: Int) -> Int {
    if offset >= oldEnd { return offset + delta }
    return min(offset, start)
  }
}

extension Report {
  /// This report's parts with every range moved by `shift` (the text is set separately).
  func shifted(_ shift: RangeShift) -> Report {
    var report = self
    report.title = title.map { $0.shifted(shift) }
    report.yearMentions = yearMentions.map { var mention = $0; mention.range = shift(mention.range); return mention }
    report.notices = notices.map { var notice = $0; notice.range = shift(notice.range); return notice }
    report.signatureDate = signatureDate.map { var date = $0; date.range = shift(date.range); return date }
    report.sections = sections.map { $0.shifted(shift) }
    report.strayHeadings = strayHeadings.map { $0.shifted(shift) }
    report.appendixStart = appendixStart.map { shift($0) }
    report.table2 = table2.map { $0.shifted(shift) }
    report.table3 = table3.map { $0.shifted(shift) }
    report.table4 = table4.map { $0.shifted(shift) }
    report.formatEvidence = formatEvidence.map { var evidence = $0; evidence.range = shift(evidence.range); return evidence }
    report.artifacts = artifacts.map { var artifact = $0; artifact.range = shift(artifact.range); return artifact }
    report.furniture = furniture.map { shift($0) }
    report.problems = problems.map { $0.shifted(shift) }
    return report
  }
}

extension ReportTitle {
  func shifted(_ shift: RangeShift) -> ReportTitle {
    var title = self
    title.range = shift(range)
    title.yearRange = yearRange.map { shift($0) }
    return title
  }
}

extension SectionHeading {
  func shifted(_ shift: RangeShift) -> SectionHeading {
    var heading = self
    heading.range = shift(range)
    heading.numberRange = shift(numberRange)
    heading.titleRange = shift(titleRange)
    if range.start >= shift.oldEnd { heading.line += shift.lineDelta }
    return heading
  }
}

extension Section {
  func shifted(_ shift: RangeShift) -> Section {
    var section = self
    section.heading = heading.shifted(shift)
    section.bodyRange = shift(bodyRange)
    return section
  }
}

extension ReadTable {
  func shifted(_ shift: RangeShift) -> ReadTable {
    var table = self
    table.range = shift(range)
    table.rows = rows.map { row in
      var row = row
      row.labelRange = shift(row.labelRange)
      row.cells = row.cells.map { var cell = $0; cell.range = shift(cell.range); return cell }
      return row
    }
    table.clauseRanges = clauseRanges.mapValues { shift($0) }
    table.unknownLabels = unknownLabels.map { var label = $0; label.range = shift(label.range); return label }
    table.extraColumnRange = extraColumnRange.map { shift($0) }
    table.problems = problems.map { $0.shifted(shift) }
    table.evidence = evidence.map { var item = $0; item.range = shift(item.range); return item }
    return table
  }
}

extension ReadingProblem {
  func shifted(_ shift: RangeShift) -> ReadingProblem {
    var problem = self
    problem.range = shift(range)
    return problem
  }
}
