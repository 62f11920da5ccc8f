import GoujiText

/// Findings of one rule that follow each other, each `delta` bytes from where it was found: a regional rule whose
/// findings are its partial results (GJ503) moves a block's findings whole by adding to `delta`, with no copy of
/// them (the previous analysis shares them, so moving them in place copied every finding first, its words retained).
/// The findings are kept as found, or made when read from values the reading keeps anyway (``FindingSource``).
package struct FindingPiece: Sendable {
  /// The findings, as found or as made when read.
  private let kept: Kept
  /// How far every finding has moved since.
  var delta: Int
  /// Whether the findings are in the order of their ranges (each not before the one before it), checked once when
  /// the piece is made: moving them all by one delta keeps it, so listing a long report's thousands of leftovers
  /// after an edit checks each piece's ends only.
  let isSorted: Bool
  /// How many findings the piece holds, counted once when it is made.
  let count: Int
  /// The ranges of its first and last findings where they were found (`delta` not added), read once when the piece
  /// is made: ordering a long report's diagnostics after an edit checks that its hundreds of pieces follow each other
  /// from these, not by reading the findings (a switch over how they are kept and a copy of each piece).
  let ends: (first: TextRange, last: TextRange)?

  /// How a piece keeps its findings.
  private enum Kept: Sendable {
    case found([Finding])
    case made(any FindingSource)
  }

  init(findings: [Finding], delta: Int = 0) {
    kept = .found(findings)
    self.delta = delta
    isSorted = findings.indices.dropFirst().allSatisfy { !(findings[$0].range < findings[$0 - 1].range) }
    count = findings.count
    ends = findings.last.map { (findings[0].range, $0.range) }
  }

  /// The findings `source` makes when read, none of them kept.
  init(source: any FindingSource) {
    kept = .made(source)
    delta = 0
    isSorted = (0..<source.count).dropFirst().allSatisfy { !(source.range(at: $0) < source.range(at: $0 - 1)) }
    count = source.count
    ends = source.count > 0 ? (source.range(at: 0), source.range(at: source.count - 1)) : nil
  }

  /// The same findings moved `delta` bytes further, their order known.
  func shifted(by delta: Int) -> FindingPiece {
    var shifted = self
    shifted.delta += delta
    return shifted
  }

  /// How many findings the piece holds as found (none when they are made when read), for the tests of its size.
  var keptCount: Int {
    guard case .found(let findings) = kept else { return 0 }
    return findings.count
  }

  /// The finding at `index`, where it is now.
  func finding(at index: Int) -> Finding {
    var finding: Finding
    switch kept {
    case .found(let findings): finding = findings[index]
    case .made(let source): finding = source.finding(at: index)
    }
    if delta != 0 { finding.shift(by: delta) }
    return finding
  }

  /// The range of the finding at `index`, where it is now, read without a copy of the finding.
  func range(at index: Int) -> TextRange {
    switch kept {
    case .found(let findings): findings[index].range.shifted(by: delta)
    case .made(let source): source.range(at: index).shifted(by: delta)
    }
  }

  /// Every finding, where it is now.
  var current: [Finding] {
    if case .found(let findings) = kept, delta == 0 { return findings }
    return (0..<count).map(finding(at:))
  }

  /// How many edits the findings' fixes hold (``Finding/editCount``).
  var editCount: Int {
    switch kept {
    case .found(let findings): findings.reduce(0) { $0 + $1.editCount }
    case .made(let source): (0..<source.count).reduce(0) { $0 + source.finding(at: $1).editCount }
    }
  }
}

/// Findings made when read from values the reading keeps anyway, so a report with millions of them holds them once
/// (GJ102's from the report's stray headings: ``StrayHeadingFindings``).
protocol FindingSource: Sendable {
  var count: Int { get }
  /// The finding at `index`, made.
  func finding(at index: Int) -> Finding
  /// The range of the finding at `index`, read without making it.
  func range(at index: Int) -> TextRange
}
