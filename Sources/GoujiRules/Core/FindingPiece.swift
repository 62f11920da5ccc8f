import GoujiText

/// Findings of one rule that follow each other, each `delta` bytes from where it was found: a regional rule whose
/// findings are its partial results (GJ503) moves a block's findings whole by adding to `delta`, with no copy of
/// them (the previous analysis shares them, so moving them in place copied every finding first, its words retained).
package struct FindingPiece: Sendable {
  /// The findings, as found.
  let findings: [Finding]
  /// How far every finding has moved since.
  var delta: Int
  /// Whether the findings are in the order of their ranges (each not before the one before it), checked once when
  /// the piece is made: moving them all by one delta keeps it, so listing a long report's thousands of leftovers
  /// after an edit checks each piece's ends only.
  let isSorted: Bool

  init(findings: [Finding], delta: Int = 0) {
    self.findings = findings
    self.delta = delta
    isSorted = findings.indices.dropFirst().allSatisfy { !(findings[$0].range < findings[$0 - 1].range) }
  }

  /// The same findings moved `delta` bytes further, their order known.
  func shifted(by delta: Int) -> FindingPiece {
    var shifted = self
    shifted.delta += delta
    return shifted
  }

  var count: Int { findings.count }

  /// The finding at `index`, where it is now.
  func finding(at index: Int) -> Finding {
    guard delta != 0 else { return findings[index] }
    var finding = findings[index]
    finding.shift(by: delta)
    return finding
  }

  /// The range of the finding at `index`, where it is now, read without a copy of the finding.
  func range(at index: Int) -> TextRange {
    findings[index].range.shifted(by: delta)
  }

  /// Every finding, where it is now.
  var current: [Finding] {
    delta == 0 ? findings : findings.indices.map(finding(at:))
  }
}
