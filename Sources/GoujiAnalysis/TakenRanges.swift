import GoujiText

/// The ranges the fixes taken so far edit, kept as bits over the text's positions, so that whether a new edit
/// overlaps one of them (``GoujiText/TextRange/overlaps(_:)``: sharing a byte, or touching when either is empty)
/// costs the edit's length ÷ 4,096 plus a few words, whatever the number taken. Comparing each edit with a list of
/// every range taken made a fix-all quadratic in its fixes: 100,000 conversion leftovers are 10¹⁰ comparisons.
struct TakenRanges {
  /// A bit per byte inside a taken non-empty range.
  private var bytes: TwoLevelBits
  /// A bit per position (`0...positions`) where a taken empty range (an insertion) stands.
  private var insertions: TwoLevelBits

  /// Room for ranges inside `0...positions`.
  init(positions: Int) {
    bytes = TwoLevelBits(count: max(positions, 0))
    insertions = TwoLevelBits(count: max(positions, 0) + 1)
  }

  /// Whether `range` overlaps a range taken, as ``GoujiText/TextRange/overlaps(_:)`` tells it for each.
  func overlaps(_ range: TextRange) -> Bool {
    if range.isEmpty {
      // A non-empty range touches position p when it holds the byte before p or the byte at p.
      let position = range.start
      return insertions.contains(position) || bytes.contains(position - 1) || bytes.contains(position)
    }
    return bytes.containsAny(in: range.start..<range.end) || insertions.containsAny(in: range.start..<range.end + 1)
  }

  mutating func insert(_ range: TextRange) {
    if range.isEmpty {
      insertions.insert(range.start)
    } else {
      bytes.insert(range.start..<range.end)
    }
  }
}

/// A set of small integers as bits, with a second level (a bit per word that is not zero) so that a search of a
/// long span skips 4,096 empty positions a step.
struct TwoLevelBits {
  private var words: [UInt64]
  private var summary: [UInt64]
  let count: Int

  init(count: Int) {
    self.count = count
    words = Array(repeating: 0, count: (count + 63) / 64)
    summary = Array(repeating: 0, count: (words.count + 63) / 64)
  }

  /// Whether `value` is in the set (a value outside `0..<count` never is).
  func contains(_ value: Int) -> Bool {
    guard value >= 0, value < count else { return false }
    return words[value >> 6] & (1 << UInt64(value & 63)) != 0
  }

  /// Whether any value of `span` (clamped to `0..<count`) is in the set.
  func containsAny(in span: Range<Int>) -> Bool {
    let span = span.clamped(to: 0..<count)
    guard !span.isEmpty else { return false }
    let first = span.lowerBound >> 6
    let last = (span.upperBound - 1) >> 6
    if last - first < 2 { return Self.anyBit(of: words, in: span) }
    return Self.anyBit(of: words, in: span.lowerBound..<(first + 1) << 6)
      || Self.anyBit(of: words, in: last << 6..<span.upperBound)
      || Self.anyBit(of: summary, in: first + 1..<last)
  }

  mutating func insert(_ value: Int) {
    guard value >= 0, value < count else { return }
    insert(value..<value + 1)
  }

  /// Adds every value of `span` (clamped to `0..<count`).
  mutating func insert(_ span: Range<Int>) {
    let span = span.clamped(to: 0..<count)
    guard !span.isEmpty else { return }
    let first = span.lowerBound >> 6
    let last = (span.upperBound - 1) >> 6
    for word in first...last {
      let low = word == first ? span.lowerBound & 63 : 0
      let high = word == last ? (span.upperBound - 1) & 63 : 63
      words[word] |= Self.mask(low, high)
      summary[word >> 6] |= 1 << UInt64(word & 63)
    }
  }

  /// The bits `low...high` of a word.
  private static func mask(_ low: Int, _ high: Int) -> UInt64 {
    let upTo: UInt64 = high == 63 ? ~0 : (1 << UInt64(high + 1)) - 1
    return upTo & ~((1 << UInt64(low)) - 1)
  }

  /// Whether any bit of `bits` in the positions `span` is set (a plain scan, word by word).
  private static func anyBit(of bits: [UInt64], in span: Range<Int>) -> Bool {
    guard !span.isEmpty else { return false }
    let first = span.lowerBound >> 6
    let last = (span.upperBound - 1) >> 6
    if first == last { return bits[first] & mask(span.lowerBound & 63, (span.upperBound - 1) & 63) != 0 }
    if bits[first] & mask(span.lowerBound & 63, 63) != 0 { return true }
    if bits[last] & mask(0, (span.upperBound - 1) & 63) != 0 { return true }
    return bits[(first + 1)..<last].contains { $0 != 0 }
  }
}
