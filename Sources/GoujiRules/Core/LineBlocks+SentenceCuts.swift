import GoujiSyntax
import GoujiText

/// Where ``LineBlocks`` may cut inside a line for the rules that read sentences
/// (``RegionalRule/readsSubLineRegions``): right after a sentence end `。；！？`, before an ideograph of the basic
/// block other than `其` (a total before `其中` is read back across the sentence end, `ProseListReader`) or a
/// printable ASCII character (a leftover such as `[image: …]` may start at the cut), with no leftover spanning the
/// cut, on a line without emphasis markers (GJ503 pairs a line's `**`). A sentence, a
/// clause, a list, an enumeration marker never spans such a cut, and the characters on either side fold on their own,
/// so each side reads to those rules as it reads in the whole line. Whether the line has `**` is asked once per line
/// (a flattened text's line holds thousands of leftovers).
///
/// Asked once for each block kept after an edit (some 450 in a flattened megabyte), so it holds the text and the
/// leftovers themselves: reading them through the report copied the text (three references retained and released)
/// on every question.
struct SentenceCuts {
  let text: SourceText
  /// The report's leftovers, sorted by range.
  let artifacts: [Artifact]
  /// The last line asked about (its range, terminator included), and whether it holds an emphasis marker.
  private var emphasis: (line: TextRange, found: Bool)?

  init(_ report: Report) {
    text = report.text
    artifacts = report.artifacts
  }

  /// The first cut at or after `window.start` and before `window.end` (inside one line), if any. A line with `**`
  /// has none, and is not searched (a flattened report's line, typed in, would be scanned whole after every edit).
  mutating func first(in window: TextRange) -> Int? {
    guard !lineHasEmphasis(at: window.start) else { return nil }
    var offset = max(window.start, 3)
    while offset < window.end {
      if Self.endsSentence(text.bytes, before: offset), isCut(offset) { return offset }
      offset += 1
    }
    return nil
  }

  /// Whether a block may start or end at `offset`, inside a line.
  mutating func isCut(_ offset: Int) -> Bool {
    guard offset >= 3, offset < text.count, Self.endsSentence(text.bytes, before: offset),
      Self.startsCuttable(text.bytes, at: offset), !overlapsLeftover(offset)
    else { return false }
    return !lineHasEmphasis(at: offset)
  }

  /// Whether the three bytes before `offset` are `。`, `；`, `！` or `？`.
  private static func endsSentence(_ bytes: [UInt8], before offset: Int) -> Bool {
    guard offset >= 3 else { return false }
    let (first, second, third) = (bytes[offset - 3], bytes[offset - 2], bytes[offset - 1])
    if first == 0xE3 { return second == 0x80 && third == 0x82 }
    return first == 0xEF && second == 0xBC && (third == 0x9B || third == 0x81 || third == 0x9F)
  }

  /// Whether a printable ASCII character (`!` to `~`) or an ideograph of U+4E00–U+9FFF other than `其` (U+5176)
  /// starts at `offset`.
  private static func startsCuttable(_ bytes: [UInt8], at offset: Int) -> Bool {
    guard offset < bytes.count else { return false }
    if (0x21...0x7E).contains(bytes[offset]) { return true }
    guard offset + 3 <= bytes.count else { return false }
    let (lead, second, third) = (bytes[offset], bytes[offset + 1], bytes[offset + 2])
    guard (0xE4...0xE9).contains(lead), (0x80...0xBF).contains(second), (0x80...0xBF).contains(third) else {
      return false
    }
    return (lead != 0xE4 || second >= 0xB8) && (lead, second, third) != (0xE5, 0x85, 0xB6)
  }

  /// Whether a leftover that starts before `offset` reaches into the sentence end before it (one that starts at
  /// `offset` or later lies wholly after the cut). Only the last leftover to start before `offset` can: on a line
  /// without `**`, every leftover ends at the first `]` after it or at the line's end, so one that starts earlier
  /// ends no later than it.
  private func overlapsLeftover(_ offset: Int) -> Bool {
    let after = artifacts.partitionPoint { $0.range.start < offset }
    return after > 0 && artifacts[after - 1].range.end > offset - 3
  }

  /// Whether the line holding `offset` holds an emphasis marker, remembered for the last line asked about (found by
  /// its range, without a search for the line of every block kept after an edit).
  private mutating func lineHasEmphasis(at offset: Int) -> Bool {
    if let emphasis, emphasis.line.start <= offset, offset < emphasis.line.end { return emphasis.found }
    let line = text.lineRange(text.line(containing: offset))
    let first = artifacts.partitionPoint { $0.range.start < line.start }
    // The kind matched by its case: `==` on a kind of another module was a call through `Equatable` for each of the
    // line's leftovers (some 4,800 in a flattened megabyte, after every edit).
    let found = artifacts[first...].prefix { $0.range.start < line.end }.contains {
      if case .emphasis = $0.kind { true } else { false }
    }
    emphasis = (line, found)
    return found
  }
}
