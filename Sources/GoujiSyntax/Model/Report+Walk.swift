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
  /// Ranges: the problem's, then those its kind holds (``ReadingProblem/kindRanges``: a wrapped value's pieces).
  case problem(ReadingProblem)
}

/// Visits one node: its depth in the tree (the report's own parts at 1), and its ranges, which it may replace (but
/// must neither add nor remove).
package typealias ReportVisitor = (_ node: ReportNode, _ depth: Int, _ ranges: inout [TextRange]) -> Void

/// What ``Report/walk(with:)`` does at each node. The walk is generic over it so that a walker that needs only the
/// ranges (the shift after an edit, ``Report/shifted(_:)``) is compiled into it: no node is made and no array
/// allocated for the many nodes with one range (a long report's thousands of leftovers, a table's cells).
protocol ReportWalker {
  /// Visits a node (made only when asked for) with its ranges, which it may replace but neither add to nor remove.
  mutating func visit(_ node: @autoclosure () -> ReportNode, depth: Int, ranges: inout [TextRange])
  /// Visits a node with one range.
  mutating func visit(_ node: @autoclosure () -> ReportNode, depth: Int, range: inout TextRange)
}

extension ReportWalker {
  mutating func visit(_ node: @autoclosure () -> ReportNode, depth: Int, range: inout TextRange) {
    var ranges = [range]
    visit(node(), depth: depth, ranges: &ranges)
    range = ranges[0]
  }
}

/// The walker of ``Report/walk(_:)``: a closure that sees every node.
private struct ClosureWalker: ReportWalker {
  let visit: ReportVisitor

  func visit(_ node: @autoclosure () -> ReportNode, depth: Int, ranges: inout [TextRange]) {
    let count = ranges.count
    visit(node(), depth, &ranges)
    precondition(ranges.count == count, "a report visitor replaces ranges, it never adds or removes them")
  }
}

extension Report {
  /// The one walk over every part of the report that has a range, in the order of the tree dump: the title, year
  /// statements, notices, signature date, each section followed by its table (a table whose section is missing
  /// after the sections), stray headings, the appendix, format evidence, leftovers, furniture and problems. Every
  /// range the report holds is visited exactly once, so shifting, checking and dumping ranges all go through here.
  package mutating func walk(_ visit: ReportVisitor) {
    withoutActuallyEscaping(visit) { visit in
      var walker = ClosureWalker(visit: visit)
      walk(with: &walker)
    }
  }

  /// ``walk(_:)`` with any walker.
  mutating func walk<Walker: ReportWalker>(with walker: inout Walker) {
    if var title {
      var ranges = [title.range] + (title.yearRange.map { [$0] } ?? [])
      walker.visit(.title(title), depth: 1, ranges: &ranges)
      title.range = ranges[0]
      title.yearRange = title.yearRange == nil ? nil : ranges[1]
      self.title = title
    }
    Self.visitAll(&yearMentions, 1, &walker) { .yearMention($0) }
    Self.visitAll(&notices, 1, &walker) { .notice($0) }
    if let date = signatureDate { signatureDate = Self.visitOne(date, 1, &walker) { .signatureDate($0) } }
    for index in sections.indices {
      Self.visit(&sections[index], &walker)
      for id in TableID.allCases where id.sectionNumber == sections[index].number { walkTable(id, 2, &walker) }
    }
    for id in TableID.allCases where section(id.sectionNumber) == nil { walkTable(id, 1, &walker) }
    for index in strayHeadings.indices {
      var ranges = strayHeadings.ranges(at: index)
      walker.visit(.strayHeading(strayHeadings[index]), depth: 1, ranges: &ranges)
      strayHeadings.setRanges(ranges, at: index)
    }
    if let start = appendixStart {
      var range = TextRange(emptyAt: start)
      walker.visit(.appendix, depth: 1, range: &range)
      appendixStart = range.start
    }
    Self.visitAll(&formatEvidence, 1, &walker) { .evidence($0) }
    Self.visitAll(&artifacts, 1, &walker) { .artifact($0) }
    for index in furniture.indices { walker.visit(.furniture, depth: 1, range: &furniture[index]) }
    Self.visitProblems(&problems, 1, &walker)
  }

  /// Visits each reading problem with the ranges its kind holds after its own (``ReadingProblem/kindRanges``).
  static func visitProblems<Walker: ReportWalker>(
    _ problems: inout [ReadingProblem], _ depth: Int, _ walker: inout Walker
  ) {
    for index in problems.indices {
      let inner = problems[index].kindRanges
      guard !inner.isEmpty else {
        problems[index] = visitOne(problems[index], depth, &walker) { .problem($0) }
        continue
      }
      var ranges = [problems[index].range] + inner
      walker.visit(.problem(problems[index]), depth: depth, ranges: &ranges)
      problems[index].range = ranges[0]
      problems[index].kindRanges = Array(ranges.dropFirst())
    }
  }

  private mutating func walkTable<Walker: ReportWalker>(_ id: TableID, _ depth: Int, _ walker: inout Walker) {
    guard var table = self.table(id) else { return }
    table.walk(depth: depth, &walker)
    switch id {
    case .table2: table2 = table
    case .table3: table3 = table
    case .table4: table4 = table
    }
  }

  private static func visit<Walker: ReportWalker>(_ section: inout Section, _ walker: inout Walker) {
    let heading = section.heading
    var ranges = [heading.range, heading.numberRange, heading.titleRange, section.bodyRange]
    walker.visit(.section(section), depth: 1, ranges: &ranges)
    section.heading.set(ranges)
    section.bodyRange = ranges[3]
  }

  /// `value` with its range replaced by the one `walker` leaves: a node with one range of its own.
  static func visitOne<Value: RangeCarrying, Walker: ReportWalker>(
    _ value: Value, _ depth: Int, _ walker: inout Walker, node: (Value) -> ReportNode
  ) -> Value {
    var visited = value
    walker.visit(node(value), depth: depth, range: &visited.range)
    return visited
  }

  /// Visits every element of `values`, each a node with one range of its own.
  static func visitAll<Value: RangeCarrying, Walker: ReportWalker>(
    _ values: inout [Value], _ depth: Int, _ walker: inout Walker, node: (Value) -> ReportNode
  ) {
    for index in values.indices { values[index] = visitOne(values[index], depth, &walker, node: node) }
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
