import GoujiFormats
import GoujiText

/// A part of a report that has ranges, as ``Report/walk(_:)`` meets it (its value before the visit).
package enum ReportNode: Sendable {
  /// Ranges: the title, then its year when it has one.
  case title(ReportTitle)
  case yearMention(YearMention)
  case notice(NoticeCitation)
  case signatureDate(DateMention)
  /// Ranges: the heading, its number, its title, the body.
  case section(Section)
  /// Ranges: the heading, its number, its title.
  case strayHeading(SectionHeading)
  /// Range: empty, where the appendix starts.
  case appendix
  case table(ReadTable)
  /// Table 三's unofficial `小计` column header.
  case extraColumn(TableID)
  /// Table 二's clause header of a sub-table (its key).
  case clause(subtable: String)
  case header(TableHeader)
  case groupLabel(GroupLabel)
  /// Range: the label (for table 四, where the values start); the row's cells follow as nodes of their own.
  case row(TableRow)
  case cell(Cell)
  case unknownLabel(UnknownLabel)
  /// A label of one format only, in a table (the report's ``Report/formatEvidence`` repeats them).
  case evidence(FormatEvidence)
  case artifact(Artifact)
  case furniture
  case problem(ReadingProblem)
}

/// Visits one node: its depth in the tree (the report's own parts at 1), and its ranges, which it may replace (but
/// must neither add nor remove).
package typealias ReportVisitor = (_ node: ReportNode, _ depth: Int, _ ranges: inout [TextRange]) -> Void

extension Report {
  /// The one walk over every part of the report that has a range, in the order of the tree dump: the title, year
  /// statements, notices, signature date, each section followed by its table (a table whose section is missing
  /// after the sections), stray headings, the appendix, format evidence, leftovers, furniture and problems. Every
  /// range the report holds is visited exactly once, so shifting, checking and dumping ranges all go through here.
  package mutating func walk(_ visit: ReportVisitor) {
    if var title {
      let ranges = Self.visited(.title(title), 1, [title.range] + (title.yearRange.map { [$0] } ?? []), visit)
      title.range = ranges[0]
      title.yearRange = title.yearRange == nil ? nil : ranges[1]
      self.title = title
    }
    Self.visitAll(&yearMentions, 1, visit) { .yearMention($0) }
    Self.visitAll(&notices, 1, visit) { .notice($0) }
    if var date = signatureDate { Self.visitOne(&date, 1, visit, node: .signatureDate(date)); signatureDate = date }
    for index in sections.indices {
      Self.visit(&sections[index], visit)
      for id in TableID.allCases where id.sectionNumber == sections[index].number { walkTable(id, depth: 2, visit) }
    }
    for id in TableID.allCases where section(id.sectionNumber) == nil { walkTable(id, depth: 1, visit) }
    for index in strayHeadings.indices {
      let heading = strayHeadings[index]
      let ranges = Self.visited(
        .strayHeading(heading), 1, [heading.range, heading.numberRange, heading.titleRange], visit
      )
      strayHeadings[index].set(ranges)
    }
    if let start = appendixStart {
      appendixStart = Self.visited(.appendix, 1, [TextRange(emptyAt: start)], visit)[0].start
    }
    Self.visitAll(&formatEvidence, 1, visit) { .evidence($0) }
    Self.visitAll(&artifacts, 1, visit) { .artifact($0) }
    for index in furniture.indices { furniture[index] = Self.visited(.furniture, 1, [furniture[index]], visit)[0] }
    Self.visitAll(&problems, 1, visit) { .problem($0) }
  }

  private mutating func walkTable(_ id: TableID, depth: Int, _ visit: ReportVisitor) {
    guard var table = self.table(id) else { return }
    table.walk(depth: depth, visit)
    switch id {
    case .table2: table2 = table
    case .table3: table3 = table
    case .table4: table4 = table
    }
  }

  private static func visit(_ section: inout Section, _ visit: ReportVisitor) {
    let heading = section.heading
    let ranges = visited(
      .section(section), 1, [heading.range, heading.numberRange, heading.titleRange, section.bodyRange], visit
    )
    section.heading.set(ranges)
    section.bodyRange = ranges[3]
  }

  /// The ranges `visit` leaves of a node's `ranges`.
  static func visited(_ node: ReportNode, _ depth: Int, _ ranges: [TextRange], _ visit: ReportVisitor) -> [TextRange] {
    var ranges = ranges
    let count = ranges.count
    visit(node, depth, &ranges)
    precondition(ranges.count == count, "a report visitor replaces ranges, it never adds or removes them")
    return ranges
  }

  /// Visits a node with one range of its own.
  static func visitOne<Value: RangeCarrying>(
    _ value: inout Value, _ depth: Int, _ visit: ReportVisitor, node: ReportNode
  ) {
    value.range = visited(node, depth, [value.range], visit)[0]
  }

  /// Visits every element of `values`, each a node with one range of its own.
  static func visitAll<Value: RangeCarrying>(
    _ values: inout [Value], _ depth: Int, _ visit: ReportVisitor, node: (Value) -> ReportNode
  ) {
    for index in values.indices { visitOne(&values[index], depth, visit, node: node(values[index])) }
  }
}

extension SectionHeading {
  /// Takes the heading's, number's and title's ranges from the first three of `ranges`.
  fileprivate mutating func set(_ ranges: [TextRange]) {
    range = ranges[0]
    numberRange = ranges[1]
    titleRange = ranges[2]
  }
}

/// A part of a report with one range of its own.
package protocol RangeCarrying {
  var range: TextRange { get set }
}

extension YearMention: RangeCarrying {}
extension NoticeCitation: RangeCarrying {}
extension DateMention: RangeCarrying {}
extension FormatEvidence: RangeCarrying {}
extension Artifact: RangeCarrying {}
extension ReadingProblem: RangeCarrying {}
extension TableHeader: RangeCarrying {}
extension GroupLabel: RangeCarrying {}
extension UnknownLabel: RangeCarrying {}
extension Cell: RangeCarrying {}
