import GoujiText

/// Every diagnostic of a run of the rules, ordered by position then code, made when read: each rule's findings are
/// kept once (as the engine keeps them for the next run: GJ503's as its blocks' partial results, never joined) and
/// the order is one packed index per diagnostic, so a report with millions of findings holds no second list of them
/// (the ordered list of whole diagnostics was about 190 bytes a finding).
package struct DiagnosticList: RandomAccessCollection, Sendable, Equatable {
  /// Each rule's findings, by the rule's index in ``RuleRegistry/all``, in pieces (empty for a rule that did not run).
  private let findings: [[FindingPiece]]
  /// For each rule, where each of its pieces starts in the rule's findings counted across pieces.
  private let starts: [[Int]]
  /// The severity configured for each rule, by index; `nil`: the finding's own, else the rule's default.
  private let configuredSeverities: [Severity?]
  /// Where each diagnostic is, in order: the rule's index in the high 16 bits, the finding's (counted across the
  /// rule's pieces) in the low 48.
  private let order: [UInt64]

  /// An empty list.
  package init() {
    self.init(findings: [], configuredSeverities: [])
  }

  /// The findings of every rule (by index in ``RuleRegistry/all``) as diagnostics ordered by position, then code.
  init(findings: [[Finding]], configuredSeverities: [Severity?]) {
    self.init(pieces: findings.map { [$0] }, configuredSeverities: configuredSeverities)
  }

  /// The findings of every rule (by index in ``RuleRegistry/all``), each rule's in pieces whose findings follow
  /// each other, as diagnostics ordered by position, then code.
  init(pieces: [[[Finding]]], configuredSeverities: [Severity?]) {
    self.init(pieces: pieces.map { $0.map { FindingPiece(findings: $0) } }, configuredSeverities: configuredSeverities)
  }

  /// ``init(pieces:configuredSeverities:)`` of pieces whose findings may have moved since they were found.
  init(pieces: [[FindingPiece]], configuredSeverities: [Severity?]) {
    findings = pieces
    starts = pieces.map(Self.starts(of:))
    self.configuredSeverities = configuredSeverities
    order = Self.ordered(pieces, starts: starts)
  }

  /// `diagnostics`, listed as given.
  package init(_ diagnostics: [Diagnostic]) {
    var findings = RuleRegistry.codes.map { _ in [Finding]() }
    var order: [UInt64] = []
    for diagnostic in diagnostics {
      var finding = diagnostic.finding
      finding.severity = diagnostic.severity
      order.append(UInt64(diagnostic.rule) << Self.ruleShift | UInt64(findings[Int(diagnostic.rule)].count))
      findings[Int(diagnostic.rule)].append(finding)
    }
    self.findings = findings.map { [FindingPiece(findings: $0)] }
    starts = findings.map { _ in [0] }
    configuredSeverities = findings.map { _ in nil }
    self.order = order
  }

  /// Where the rule's index starts in an entry of the order.
  static let ruleShift: UInt64 = 48

  package var startIndex: Int { 0 }
  package var endIndex: Int { order.count }

  package subscript(position: Int) -> Diagnostic {
    let entry = order[position]
    let rule = Int(entry >> Self.ruleShift)
    let finding = Self.finding(entry, in: findings, starts: starts)
    let severity = configuredSeverities[rule] ?? finding.severity ?? RuleRegistry.severities[rule]
    return Diagnostic(rule: UInt16(rule), severity: severity, finding: finding)
  }

  package static func == (lhs: DiagnosticList, rhs: DiagnosticList) -> Bool {
    lhs.elementsEqual(rhs)
  }

  /// How many edits the diagnostics' fixes hold in all (``Finding/editCount``): one pass over the findings.
  package var editCount: Int {
    findings.joined().reduce(0) { $0 + $1.editCount }
  }
}

extension DiagnosticList {
  /// The finding an entry of the order names.
  static func finding(_ entry: UInt64, in findings: [[FindingPiece]], starts: [[Int]]) -> Finding {
    let (piece, index) = place(entry, starts: starts)
    return findings[Int(entry >> ruleShift)][piece].finding(at: index)
  }

  /// The range of the finding an entry of the order names, read without a copy of the finding.
  static func range(_ entry: UInt64, in findings: [[FindingPiece]], starts: [[Int]]) -> TextRange {
    let (piece, index) = place(entry, starts: starts)
    return findings[Int(entry >> ruleShift)][piece].range(at: index)
  }

  /// Which of its rule's pieces holds the finding an entry names, found by binary search on the pieces' starts, and
  /// its index there.
  private static func place(_ entry: UInt64, starts: [[Int]]) -> (piece: Int, index: Int) {
    let index = Int(entry & (1 << ruleShift - 1))
    let starts = starts[Int(entry >> ruleShift)]
    guard starts.count > 1 else { return (0, index) }
    let piece = starts.partitionPoint { $0 <= index } - 1
    return (piece, index - starts[piece])
  }

  /// The order of every rule's findings by position then code, as a stable sort of them all in registry order
  /// gives: each rule's findings sorted by position (stably, and only when they are not already: a rule whose pieces
  /// are each in order, ``FindingPiece/isSorted``, and follow each other in order is read no further), then the two
  /// shortest runs merged until one is left. Two rules' findings never tie (their codes, hence indices, differ), so
  /// the merge is the sort, whatever the order of the merges; merging the shortest first copies a long run (a long
  /// report's thousands of leftovers, which come sorted) once, not once per round of merges. The longest run is made
  /// with room for every entry, so the last merge, into it, is done in place (``merge(_:into:range:)``).
  static func ordered(_ findings: [[FindingPiece]], starts: [[Int]]) -> [UInt64] {
    let counts = findings.indices.map { rule in
      findings[rule].last.map { starts[rule][findings[rule].count - 1] + $0.count } ?? 0
    }
    let longest = counts.indices.max { counts[$0] < counts[$1] }
    var runs: [[UInt64]] = findings.indices.compactMap { rule in
      let (pieces, count) = (findings[rule], counts[rule])
      guard count > 0 else { return nil }
      let tag = UInt64(rule) << ruleShift
      var run: [UInt64] = []
      run.reserveCapacity(rule == longest ? counts.reduce(0, +) : count)
      guard !isSorted(pieces) else {
        appendInOrder(count, tag: tag, to: &run)
        return run
      }
      let ranges = ranges(of: pieces)
      run.append(
        contentsOf: ranges.indices.sorted { (ranges[$0], $0) < (ranges[$1], $1) }.lazy.map { tag | UInt64($0) })
      return run
    }
    runs.sort { $0.count > $1.count }
    let range = { (entry: UInt64) in Self.range(entry, in: findings, starts: starts) }
    while runs.count > 1 {
      let shortest = runs.removeLast()
      var merged = runs.removeLast()
      merge(shortest, into: &merged, range: range)
      let index = runs.lastIndex { $0.count >= merged.count }.map { $0 + 1 } ?? 0
      runs.insert(merged, at: index)
    }
    return runs.first ?? []
  }

  /// The entries of a rule's findings `0..<count` in their order (`tag` holds the rule's index) appended to `run`:
  /// appended through a lazy map they cost some 30 instructions each, 0.17 M on every edit of a long report with
  /// thousands of leftovers.
  private static func appendInOrder(_ count: Int, tag: UInt64, to run: inout [UInt64]) {
    let start = run.count
    run.append(contentsOf: repeatElement(tag, count: count))
    run.withUnsafeMutableBufferPointer { run in
      for index in 0..<count { run[start + index] |= UInt64(index) }
    }
  }

  /// Whether a rule's findings, piece after piece, are each not before the one before: every piece in order, and
  /// each non-empty piece's first not before the last of the one before it, read in place from the ends each piece
  /// keeps (``FindingPiece/ends``) and its delta: a property computed from them copied each piece, retained and
  /// released, for each of GJ503's hundreds of pieces after every edit of a long report.
  private static func isSorted(_ pieces: [FindingPiece]) -> Bool {
    pieces.withUnsafeBufferPointer { pieces in
      var last: TextRange?
      for index in pieces.indices {
        guard let ends = pieces[index].ends else { continue }
        guard pieces[index].isSorted else { return false }
        let delta = pieces[index].delta
        if let last, ends.first.shifted(by: delta) < last { return false }
        last = ends.last.shifted(by: delta)
      }
      return true
    }
  }

  /// Where each piece starts in its rule's findings counted across pieces, read in place: a piece copied out of the
  /// array (as `map` and `reduce` hand them over) retains and releases what it keeps, some 40 instructions for each
  /// of GJ503's hundreds of pieces after every edit of a long report, to read one integer.
  private static func starts(of pieces: [FindingPiece]) -> [Int] {
    pieces.withUnsafeBufferPointer { pieces in
      var start = 0
      return pieces.indices.map { index in
        defer { start += pieces[index].count }
        return start
      }
    }
  }

  /// The ranges of a rule's findings, piece after piece, read in place: a `joined()` copied each whole finding (its
  /// message, related locations and fixes retained and released) to read its range, 0.5 M instructions per edit of
  /// a long report with thousands of findings.
  private static func ranges(of pieces: [FindingPiece]) -> [TextRange] {
    var ranges: [TextRange] = []
    ranges.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
    for piece in pieces {
      for index in 0..<piece.count { ranges.append(piece.range(at: index)) }
    }
    return ranges
  }

  /// Puts the entries of `inserted` (of other rules, the shorter run) into `run` where they belong, in place: from
  /// the last of them back, the part of `run` after it (found by binary search) is moved up whole to make room. A
  /// `run` made with room for them is not copied: a text of `一、x` lines has a finding a line, and a merged copy held
  /// the order twice, 16 bytes a finding, at the run's peak of memory.
  private static func merge(_ inserted: [UInt64], into run: inout [UInt64], range: (UInt64) -> TextRange) {
    var end = run.count
    run.append(contentsOf: repeatElement(0, count: inserted.count))
    run.withUnsafeMutableBufferPointer { run in
      for (placed, entry) in inserted.reversed().enumerated() {
        let start = firstIndex(in: run, before: end, after: entry, range: range)
        let shift = inserted.count - placed
        if start < end, let base = run.baseAddress {
          // Overlapping, moved up as `memmove` moves: an entry at a time cost 0.02 M per edit of a long report.
          (base + start + shift).moveInitialize(from: base + start, count: end - start)
        }
        run[start + shift - 1] = entry
        end = start
      }
    }
  }

  /// The first index of `run` before `end` whose entry comes after `entry` (of another rule, so none ties with it),
  /// or `end`. Rules are registered in the order of their codes, so their indices compare as their codes.
  private static func firstIndex(
    in run: UnsafeMutableBufferPointer<UInt64>, before end: Int, after entry: UInt64, range: (UInt64) -> TextRange
  ) -> Int {
    let (entryRange, rule) = (range(entry), entry >> ruleShift)
    return run[..<end].partitionPoint { other in
      let otherRange = range(other)
      return otherRange < entryRange || otherRange == entryRange && other >> ruleShift < rule
    }
  }
}
