import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiRules

/// The engine orders diagnostics by merging each rule's list (``DiagnosticList/ordered(_:)``): the result must be
/// what sorting all of them by position, then code, gives — ties within a rule kept in the rule's order.
@Suite struct DiagnosticOrderTests {
  /// A finding of the rule with `code`, tagged so that its place in its rule's list shows.
  static func diagnostic(_ code: String, _ start: Int, _ end: Int, _ tag: String) -> (code: String, finding: Finding) {
    (code, Finding(message: LocalizedText(zh: tag, en: tag), range: TextRange(start: start, end: end)))
  }

  /// The diagnostics of `lists` (each one rule's findings) as the engine lists them: each list goes to its rule's
  /// index in the registry.
  static func ordered(_ lists: [[(code: String, finding: Finding)]]) -> [Diagnostic] {
    var findings = RuleRegistry.codes.map { _ in [Finding]() }
    for list in lists {
      for (code, finding) in list { findings[RuleRegistry.codes.firstIndex(of: code)!].append(finding) }
    }
    return Array(DiagnosticList(findings: findings, configuredSeverities: findings.map { _ in .warning }))
  }

  /// `lists` flattened and sorted by position, then code, stably, as diagnostics of the configured severity.
  static func sorted(_ lists: [[(code: String, finding: Finding)]]) -> [Diagnostic] {
    lists.flatMap(\.self).sorted {
      ($0.finding.range.start, $0.finding.range.end, $0.code) < ($1.finding.range.start, $1.finding.range.end, $1.code)
    }.map { code, finding in
      Diagnostic(rule: UInt16(RuleRegistry.codes.firstIndex(of: code)!), severity: .warning, finding: finding)
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func mergingEachRulesListsSortsThemAll(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let codes = ["GJ101", "GJ303", "GJ310", "GJ501", "GJ503"]
    let lists = codes.map { code in
      (0..<Int.random(in: 0...40, using: &generator)).map { index in
        let start = Int.random(in: 0...30, using: &generator)
        return Self.diagnostic(code, start, start + Int.random(in: 0...2, using: &generator), "\(index)")
      }
    }
    #expect(Self.ordered(lists) == Self.sorted(lists))
  }

  /// A long list (a long report's leftovers) among short ones of every size, the long one not necessarily first:
  /// the shortest lists are merged first and inserted into the longer by binary search, ties on a range included.
  @Test(arguments: [4, 5, 6, 7] as [UInt64])
  func mergingALongListWithShortOnesSortsThemAll(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let codes = Array(RuleRegistry.codes.suffix(12)).shuffled(using: &generator)
    let lists = codes.enumerated().map { position, code in
      let count = position == 0 ? 600 : Int.random(in: 0...(position * 4), using: &generator)
      return (0..<count).map { index in
        let start = Int.random(in: 0...200, using: &generator)
        return Self.diagnostic(code, start, start + Int.random(in: 0...1, using: &generator), "\(index)")
      }
    }.shuffled(using: &generator)
    #expect(Self.ordered(lists) == Self.sorted(lists))
  }

  /// A rule's findings kept in pieces (GJ503's partial results, never joined), empty pieces among them, list and
  /// order as the same findings in one piece.
  @Test(arguments: [8, 9, 10] as [UInt64])
  func findingsInPiecesAreListedAsInOne(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let codes = Array(RuleRegistry.codes.prefix(6))
    let lists = codes.map { code in
      (0..<Int.random(in: 0...60, using: &generator)).map { index in
        let start = Int.random(in: 0...80, using: &generator)
        return Self.diagnostic(code, start, start + Int.random(in: 0...1, using: &generator), "\(index)").finding
      }.sorted { $0.range < $1.range }
    }
    var whole = RuleRegistry.codes.map { _ in [Finding]() }
    var pieces = RuleRegistry.codes.map { _ in [[Finding]]() }
    for (code, list) in zip(codes, lists) {
      let rule = RuleRegistry.codes.firstIndex(of: code)!
      whole[rule] = list
      var rest = list[...]
      while !rest.isEmpty || Bool.random(using: &generator) {
        let count = Int.random(in: 0...min(rest.count, 9), using: &generator)
        pieces[rule].append(Array(rest.prefix(count)))
        rest = rest.dropFirst(count)
      }
    }
    let severities = whole.map { _ in Severity?.none }
    let inOne = DiagnosticList(findings: whole, configuredSeverities: severities)
    let inPieces = DiagnosticList(pieces: pieces, configuredSeverities: severities)
    #expect(inPieces == inOne)
    #expect(inPieces.count == lists.map(\.count).reduce(0, +))
    #expect(inPieces.map(\.message.zh) == inOne.map(\.message.zh))
  }

  /// Pieces whose findings were moved by a delta (GJ503's blocks the edits moved whole, kept unshifted) list and
  /// order as the same findings shifted, a fix's edit and a related place included.
  @Test(arguments: [11, 12] as [UInt64])
  func piecesMovedByADeltaAreListedAsTheirFindingsShifted(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let codes = Array(RuleRegistry.codes.prefix(4))
    var shifted = RuleRegistry.codes.map { _ in [[Finding]]() }
    var moved = RuleRegistry.codes.map { _ in [FindingPiece]() }
    for code in codes {
      let rule = RuleRegistry.codes.firstIndex(of: code)!
      var start = 0
      for piece in 0..<Int.random(in: 1...6, using: &generator) {
        let delta = Int.random(in: -3...3, using: &generator) * (piece == 0 ? 0 : 1) + 5
        let findings = (0..<Int.random(in: 0...5, using: &generator)).map { index in
          start += Int.random(in: 0...4, using: &generator)
          let range = TextRange(start: start, end: start + 1)
          return Finding(
            message: LocalizedText(zh: "\(code)-\(piece)-\(index)", en: ""), range: range,
            related: [RelatedLocation(range: range, message: LocalizedText(zh: "r", en: "r"))],
            fixes: [
              Fix(title: LocalizedText(zh: "f", en: "f"), isSafe: true, edits: [TextEdit(range: range, newText: "")])
            ]
          )
        }
        moved[rule].append(FindingPiece(findings: findings, delta: delta))
        shifted[rule].append(findings.map { $0.moved { TextRange(start: $0.start + delta, end: $0.end + delta) } })
        start += 8
      }
    }
    let severities = moved.map { _ in Severity?.none }
    let expected = DiagnosticList(pieces: shifted, configuredSeverities: severities)
    let listed = DiagnosticList(pieces: moved, configuredSeverities: severities)
    #expect(listed == expected)
    #expect(listed.map(\.message.zh) == expected.map(\.message.zh))
    #expect(!listed.isEmpty)
  }

  /// A piece kept in order whose delta moves it before the piece listed ahead of it (a block moved back past another
  /// by an edit's deletion), each piece in order on its own: the order is read from the pieces' ends where they are
  /// now (``FindingPiece/ends`` moved by the piece's delta), so the pieces are sorted, not listed as they lie, whatever their lengths.
  @Test(arguments: [0, 1, 3] as [Int])
  func aPieceMovedBeforeTheOneAheadOfItIsSorted(middle: Int) {
    let rule = RuleRegistry.codes.firstIndex(of: "GJ503")!
    func finding(_ start: Int) -> Finding {
      Finding(message: LocalizedText(zh: "\(start)", en: ""), range: TextRange(start: start, end: start + 1))
    }
    let ahead = [10, 20].map(finding)
    let behind = ([30] + (0..<middle).map { 31 + $0 } + [40]).map(finding)
    var pieces = RuleRegistry.codes.map { _ in [FindingPiece]() }
    let empty = FindingPiece(findings: [])
    pieces[rule] = [FindingPiece(findings: ahead), empty, FindingPiece(findings: behind, delta: -25)]
    #expect(pieces[rule][2].endsNow?.first == TextRange(start: 5, end: 6))
    #expect(pieces[rule][2].endsNow?.last == TextRange(start: 15, end: 16))
    #expect(pieces[rule][1].endsNow == nil)
    let listed = DiagnosticList(pieces: pieces, configuredSeverities: pieces.map { _ in nil })
    let starts = [5, 10] + (0..<middle).map { 6 + $0 } + [15, 20]
    #expect(listed.map(\.range.start) == starts.sorted())
  }

  /// A piece made when read (``FindingSource``, GJ102's from the stray headings) keeps the ends of its findings as the
  /// source gives them, moved by its delta, and lists as the same findings kept.
  @Test func aPieceMadeWhenReadKeepsItsEnds() {
    let source = Starts(starts: [7, 3, 12])
    let piece = FindingPiece(source: source).shifted(by: 2)
    #expect(piece.count == 3)
    #expect(!piece.isSorted)
    #expect(piece.endsNow?.first == TextRange(start: 9, end: 10))
    #expect(piece.endsNow?.last == TextRange(start: 14, end: 15))
    let rule = RuleRegistry.codes.firstIndex(of: "GJ102")!
    var pieces = RuleRegistry.codes.map { _ in [FindingPiece]() }
    pieces[rule] = [piece]
    let listed = DiagnosticList(pieces: pieces, configuredSeverities: pieces.map { _ in nil })
    #expect(listed.map(\.range.start) == [5, 9, 14])
  }

  /// Findings at `starts`, one byte each, made when read.
  private struct Starts: FindingSource {
    let starts: [Int]
    var count: Int { starts.count }
    func finding(at index: Int) -> Finding {
      Finding(message: LocalizedText(zh: "\(index)", en: ""), range: range(at: index))
    }
    func range(at index: Int) -> TextRange { TextRange(start: starts[index], end: starts[index] + 1) }
  }
}

extension FindingPiece {
  /// The ranges of the first and last findings where they are now, as the order reads them: the ends kept where they
  /// were found (``FindingPiece/ends``) moved by the piece's delta.
  fileprivate var endsNow: (first: TextRange, last: TextRange)? {
    ends.map { ($0.first.shifted(by: delta), $0.last.shifted(by: delta)) }
  }
}
