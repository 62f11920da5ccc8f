import GoujiFormats
import GoujiSyntax
import GoujiText

/// What one run of the rules found, kept per rule so that the next run after an edit can reuse what the edit did
/// not change (``RuleEngine/rerun(_:after:previous:configuration:isCancelled:)``).
package struct RuleResults: Sendable {
  /// Every diagnostic, ordered by position then code.
  package private(set) var diagnostics: [Diagnostic]
  /// The diagnostics of each rule that ran, by code, in the order the rule found them.
  var byRule: [String: [Diagnostic]]
  /// The partial results of each regional rule (``RegionalRule``), one per block of `blocks`.
  var partials: [String: [any Sendable]]
  /// The blocks of lines the regional rules' partial results are for (``LineBlocks``).
  package private(set) var blocks: [TextRange]
  /// What the rules were run with; any difference makes the next run start afresh.
  var inputs: RunInputs
  /// The codes of the rules that ran (rather than moved their previous findings), and how many blocks of lines
  /// each regional rule read: the engine's plan, for tests and measurements.
  package private(set) var ran: [String] = []
  package private(set) var regionsRead: [String: Int] = [:]

  init(
    byRule: [String: [Diagnostic]], partials: [String: [any Sendable]], blocks: [TextRange], inputs: RunInputs,
    ran: [String], regionsRead: [String: Int]
  ) {
    self.byRule = byRule
    self.partials = partials
    self.blocks = blocks
    self.inputs = inputs
    self.ran = ran
    self.regionsRead = regionsRead
    diagnostics = Self.ordered(RuleRegistry.all.compactMap { byRule[$0.metadata.code] })
  }

  /// The diagnostics of every rule ordered by position then code, as a stable sort of them all in registry order
  /// gives: each rule's list sorted by position (stably, and only when it is not already), then the two shortest
  /// lists merged until one is left. Two rules' diagnostics never tie (their codes differ), so the merge is the sort,
  /// whatever the order of the merges; merging the shortest first copies a long list (a long report's thousands of
  /// leftovers, which come sorted) once, not once per round of merges.
  static func ordered(_ lists: [[Diagnostic]]) -> [Diagnostic] {
    // One rule's diagnostics share a code: their order is their ranges'. Only ranges are read (copying a
    // diagnostic to compare it costs more than the comparison).
    var runs = lists.filter { !$0.isEmpty }.map { list in
      list.indices.dropFirst().allSatisfy { !(list[$0].range < list[$0 - 1].range) } ? list : list.sorted(by: precedes)
    }
    runs.sort { $0.count > $1.count }
    while runs.count > 1 {
      let shortest = runs.removeLast()
      let merged = merged(runs.removeLast(), inserting: shortest)
      let index = runs.lastIndex { $0.count >= merged.count }.map { $0 + 1 } ?? 0
      runs.insert(merged, at: index)
    }
    return runs.first ?? []
  }

  private static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    (a.range.start, a.range.end, a.code) < (b.range.start, b.range.end, b.code)
  }

  /// `list` with the diagnostics of `inserted` (of other codes, the shorter list) put where they belong: the runs of
  /// `list` between two of them are found by binary search and copied whole.
  private static func merged(_ list: [Diagnostic], inserting inserted: [Diagnostic]) -> [Diagnostic] {
    var result: [Diagnostic] = []
    result.reserveCapacity(list.count + inserted.count)
    var start = 0
    for diagnostic in inserted {
      let end = firstIndex(in: list, from: start, after: diagnostic)
      result += list[start..<end]
      result.append(diagnostic)
      start = end
    }
    result += list[start...]
    return result
  }

  /// The first index of `list` from `start` whose diagnostic comes after `diagnostic` (of another code, so none
  /// ties with it), or `list.count`.
  private static func firstIndex(in list: [Diagnostic], from start: Int, after diagnostic: Diagnostic) -> Int {
    var (low, high) = (start, list.count)
    let (range, code) = (diagnostic.range, diagnostic.code)
    while low < high {
      let middle = (low + high) / 2
      let other = list[middle].range
      if other < range || other == range && list[middle].code < code {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }
}

/// What a run of the rules depends on besides the tables and regions the rules declare: the configuration, last
/// year's report, and the facts of the reading that every rule may read.
struct RunInputs: Sendable, Equatable {
  var configuration: RuleConfiguration
  var previous: PreviousYear?
  var reportYear: Int?
  var tableFormat: FormatID?
  var expectedFormat: FormatID?
  var textForm: TextForm?
  var title: String?
  var agency: String?
  var sectionNumbers: [Int]
  var regionCount: Int

  init(_ context: RuleContext, configuration: RuleConfiguration) {
    let report = context.report
    self.configuration = configuration
    previous = context.previous
    reportYear = report.reportYear
    tableFormat = report.tableFormat
    expectedFormat = report.expectedFormat
    textForm = report.textForm
    title = report.title?.text
    agency = report.title?.agency
    sectionNumbers = report.sections.map(\.number)
    regionCount = report.lineRegions.count
  }
}

/// A finding or a diagnostic: what has ranges that move with an edit.
protocol MovableFinding {
  var range: TextRange { get set }
  var related: [RelatedLocation] { get set }
  var fixes: [Fix] { get set }
  var data: FindingData? { get set }
}

extension MovableFinding {
  /// The same with its range, related ranges, fix ranges and the ranges of its data moved by `move`.
  func moved(by move: (TextRange) -> TextRange) -> Self {
    var moved = self
    moved.range = move(range)
    moved.related = related.moved(by: move)
    moved.fixes = fixes.moved(by: move)
    moved.data = data?.moved(by: move)
    return moved
  }
}

extension Diagnostic: MovableFinding {
  /// Whether every range of the diagnostic (its own, related, fixes') ends before `offset` (an empty range at an
  /// insertion point moves with the insertion).
  func lies(before offset: Int) -> Bool {
    range.end < offset && related.allSatisfy { $0.range.end < offset }
      && fixes.allSatisfy { $0.edits.allSatisfy { $0.range.end < offset } }
      && (data?.ranges ?? []).allSatisfy { $0.end < offset }
  }

  /// Whether any range of the diagnostic (its own, related, fixes') overlaps or touches one of `regions`.
  func touches(_ regions: [TextRange]) -> Bool {
    let ranges = [range] + related.map(\.range) + fixes.flatMap { $0.edits.map(\.range) } + (data?.ranges ?? [])
    return ranges.contains { range in regions.contains { $0.start <= range.end && range.start <= $0.end } }
  }
}

extension Finding: MovableFinding {}

extension FindingData {
  /// The range of every cell the data names.
  var ranges: [TextRange] {
    switch self {
    case .balance(let data): ([data.cell] + data.totals + data.parts).map(\.cell.range)
    }
  }

  /// The data with the range of every cell it names moved by `move`.
  fileprivate func moved(by move: (TextRange) -> TextRange) -> FindingData {
    switch self {
    case .balance(var data):
      data.cell.cell.range = move(data.cell.cell.range)
      for index in data.totals.indices { data.totals[index].cell.range = move(data.totals[index].cell.range) }
      for index in data.parts.indices { data.parts[index].cell.range = move(data.parts[index].cell.range) }
      return .balance(data)
    }
  }
}

extension [RelatedLocation] {
  fileprivate func moved(by move: (TextRange) -> TextRange) -> [RelatedLocation] {
    map { RelatedLocation(range: move($0.range), message: $0.message) }
  }
}

extension [Fix] {
  fileprivate func moved(by move: (TextRange) -> TextRange) -> [Fix] {
    map { fix in
      let edits = fix.edits.map { TextEdit(range: move($0.range), newText: $0.newText) }
      return Fix(title: fix.title, isSafe: fix.isSafe, edits: edits)
    }
  }
}
