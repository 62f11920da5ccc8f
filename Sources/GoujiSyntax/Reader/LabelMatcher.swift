import GoujiText

/// A label the matcher looks for.
struct LabelPattern: Sendable {
  /// What the label stands for (row, group, column or header of some format); opaque to the matcher.
  var id: LabelID
  /// The folded texts that identify the label, longest first.
  var keys: [[Unicode.Scalar]]
  /// The numbering that may stand before the label (`1.`, `（一）`, `一、`), folded forms.
  var numberings: [[Unicode.Scalar]]
  /// Whether the label only counts with its numbering (short, generic cores such as `总计`, `其他`).
  var requiresNumbering: Bool

  init(id: LabelID, core: String, aliases: [String] = [], numbering: String = "", requiresNumbering: Bool? = nil) {
    self.id = id
    self.keys = ([core] + aliases).map { NormalizedText.fold($0, mode: .matching) }.sorted { $0.count > $1.count }
    self.numberings = LabelPattern.numberingVariants(numbering)
    self.requiresNumbering = requiresNumbering ?? (core.count <= 2 && !numbering.isEmpty)
  }

  /// Ways real reports write a numbering: `1.` `1．` `1、` `1` ; `（一）` `(一)` `一、`.
  static func numberingVariants(_ numbering: String) -> [[Unicode.Scalar]] {
    let folded = NormalizedText.fold(numbering, mode: .matching)
    guard !folded.isEmpty else { return [] }
    let core = folded.filter { !"()、.".unicodeScalars.contains($0) }
    let variants: [[Unicode.Scalar]] = [
      folded, core + ["."], core + ["、"], ["("] + core + [")"], ["("] + core, core + [")"], core,
    ]
    var unique: [[Unicode.Scalar]] = []
    for variant in variants where !unique.contains(variant) { unique.append(variant) }
    return unique.sorted { $0.count > $1.count }
  }
}

/// What a label stands for.
enum LabelID: Sendable, Hashable {
  case row(String)
  case group(String)
  case column(String)
  /// Table 二's clause header, keyed by sub-table.
  case clause(String)
  /// Any other header text (`信息内容`, `申请人情况`, table 四's headers).
  case header(String)
  /// A label of the other format (evidence, and a boundary for values).
  case foreign(String)
}

/// One place where a label was found.
struct LabelOccurrence: Sendable {
  var patternIndex: Int
  var id: LabelID
  /// In the normalised view: the numbering (if found) and the key.
  var normalizedRange: Range<Int>
  /// In the source.
  var range: TextRange
}

/// Finds labels in a normalised view in one pass, longest label first at each place, labels never overlapping.
struct LabelMatcher: Sendable {
  let patterns: [LabelPattern]
  private let byFirstScalar: [Unicode.Scalar: [(pattern: Int, key: Int)]]

  /// `groupsAmongRows`: group labels that are matched as rows (2019's row `（六）其他处理` is 2021's group), whose
  /// fragments may cut a key as those of the `.group` patterns do.
  init(patterns: [LabelPattern], groupsAmongRows: [LabelPattern] = []) {
    self.patterns = patterns
    var index: [Unicode.Scalar: [(pattern: Int, key: Int)]] = [:]
    for (patternIndex, pattern) in patterns.enumerated() {
      for (keyIndex, key) in pattern.keys.enumerated() {
        guard let first = key.first else { continue }
        index[first, default: []].append((patternIndex, keyIndex))
      }
    }
    for (scalar, entries) in index {
      index[scalar] = entries.sorted {
        patterns[$0.pattern].keys[$0.key].count > patterns[$1.pattern].keys[$1.key].count
      }
    }
    self.byFirstScalar = index
    var firsts = [UInt64](repeating: 0, count: LabelMatcher.firstScalarWords)
    for scalar in index.keys {
      let bit = LabelMatcher.firstScalarBit(scalar)
      firsts[bit.word] |= bit.mask
    }
    self.firstScalars = firsts
    let groups = patterns.filter { if case .group = $0.id { return true } else { return false } } + groupsAmongRows
    let groupText = groups.flatMap { Array($0.keys.joined()) + Array($0.numberings.joined()) }
    self.groupScalars = Set(groupText.filter { !LabelMatcher.isDigit($0) })
  }

  /// The characters of the group labels among the patterns (numbering included): a key cut by a fragment of a group
  /// label beside it (`（四）无法` / `处理`) may be cut after a short beginning.
  private let groupScalars: Set<Unicode.Scalar>

  /// The first scalars of the keys as bits, by the scalar's value modulo 1,024: a scalar whose bit is clear starts
  /// no key, and is passed without hashing it for ``byFirstScalar`` (most characters of a table: digits, spaces and
  /// ideographs inside labels).
  private let firstScalars: [UInt64]

  private static let firstScalarWords = 16

  /// The word of ``firstScalars`` that holds `scalar`'s bit, and the bit.
  @inline(__always)
  private static func firstScalarBit(_ scalar: Unicode.Scalar) -> (word: Int, mask: UInt64) {
    let slot = Int(scalar.value) & (firstScalarWords * 64 - 1)
    return (slot >> 6, 1 << UInt64(slot & 63))
  }

  func occurrences(in view: NormalizedText) -> [LabelOccurrence] {
    var result: [LabelOccurrence] = []
    var index = 0
    let scalars = view.scalars
    while index < scalars.count {
      let bit = LabelMatcher.firstScalarBit(scalars[index])
      guard firstScalars[bit.word] & bit.mask != 0, let candidates = byFirstScalar[scalars[index]] else {
        index += 1
        continue
      }
      var best: (pattern: Int, length: Int, score: Int, start: Int)?
      for candidate in candidates {
        let pattern = patterns[candidate.pattern]
        let key = pattern.keys[candidate.key]
        guard let match = match(key, at: index, in: view), match.score > best?.score ?? 0 else { continue }
        let floor = result.last?.normalizedRange.upperBound ?? 0
        let numberingStart = numberingStart(of: pattern, before: index, floor: floor, in: view)
        if pattern.requiresNumbering && numberingStart == nil { continue }
        best = (candidate.pattern, match.length, match.score, numberingStart ?? index)
      }
      guard let best else {
        index += 1
        continue
      }
      let range = best.start..<(index + best.length)
      result.append(
        LabelOccurrence(
          patternIndex: best.pattern, id: patterns[best.pattern].id, normalizedRange: range,
          range: view.sourceRange(of: range)
        )
      )
      index += best.length
    }
    return result
  }

  /// Where `key` stands at `index`: `length` is how much of the view the occurrence covers, `score` how much of the
  /// key was recognised (the highest wins). Besides the whole key, cut forms of PDF layout and grid text count:
  /// - a long key's long beginning, cut by a cell border, by its values or by a neighbouring label
  ///   (`1.申请人无正当理由逾期不补正、行政机关不再处理其政府信│…`);
  /// - a key interrupted by its row's values (`2.其他法律行政法规 30 0 0 8 1 0 39` / `禁止公开`) or by a fragment of a
  ///   group label beside it (`2.没有现成信息需要另行制` / `法提供  作  0 3 0 0 0 1 4`), or by both (reading order:
  ///   `2.没有现成信息需要另行制` / `法提供` / `0 3 0 0 0 1 4` / `作`), its next characters resuming within a few
  ///   characters: the occurrence ends where the interruption starts.
  private func match(_ key: [Unicode.Scalar], at index: Int, in view: NormalizedText) -> (length: Int, score: Int)? {
    let scalars = view.scalars
    var length = 0
    while length < key.count && index + length < scalars.count && scalars[index + length] == key[length] { length += 1 }
    if length == key.count { return (length, length) }
    let cut: (length: Int, score: Int)? =
      key.count >= LabelMatcher.cuttableLength && length >= LabelMatcher.identifyingPrefix ? (length, length) : nil
    guard index + length < scalars.count else { return cut }
    let byValues = LabelMatcher.startsValue(scalars[index + length])
    guard length >= LabelMatcher.prefixBeforeValues else { return cut }
    var resume = index + length
    while byValues && resume < scalars.count && LabelMatcher.isValueScalar(scalars[resume]) { resume += 1 }
    let resumed = Array(key[length..<min(key.count, length + LabelMatcher.resumedLength)])
    var probe = resume
    var limit = resume + LabelMatcher.interruptionSlack
    var skippedValues = byValues
    while probe <= limit && probe + resumed.count <= scalars.count {
      if view.matches(resumed, at: probe) {
        let interruption = scalars[(index + length)..<probe]
        guard byValues || length >= LabelMatcher.prefixBeforeText || isGroupFragment(interruption) else { return cut }
        return (length, max(cut?.score ?? 0, length + resumed.count))
      }
      if LabelMatcher.startsValue(scalars[probe]) {
        // A fragment of a group label, then the row's values (reading order): the key may resume after both, and
        // after further runs of values when only group-label fragments stand between them (`1.本机关不掌握相关政府信
        // 0 0 0` / `理结果` / `7` / `0 0 7` / `息`).
        guard !skippedValues || isGroupFragment(scalars[(index + length)..<probe]) else { break }
        skippedValues = true
        let valuesStart = probe
        while probe < scalars.count && LabelMatcher.isValueScalar(scalars[probe]) { probe += 1 }
        limit += probe - valuesStart
        continue
      }
      probe += 1
    }
    return cut
  }

  /// Whether an interruption holds a fragment of a group label (and perhaps the row's values) and nothing else:
  /// `（四）无法` in `2.没有现成` / `（四）无法 信息需要另` / `提供 2036 0 0 …` / `行制作`, where a narrow label column
  /// wraps the row's label beside its group's.
  private func isGroupFragment(_ interruption: ArraySlice<Unicode.Scalar>) -> Bool {
    interruption.contains { !LabelMatcher.isValueScalar($0) }
      && interruption.allSatisfy { LabelMatcher.isValueScalar($0) || groupScalars.contains($0) }
  }

  /// How much of a key must stand before the values that interrupt it, before a fragment of a group label that
  /// interrupts it, or before other text that interrupts it. Three before values: a narrow column cuts
  /// `3.危及“三` / `安全一稳定”` there, and the key's next four characters must still resume after the values.
  static let prefixBeforeValues = 3
  static let prefixBeforeText = 8
  /// How many of the key's next characters must resume after the interruption (all of them if fewer remain).
  static let resumedLength = 4
  /// How many characters (a fragment of a group label) may stand between the interruption and the key's resumption.
  static let interruptionSlack = 8

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }
  /// Whether a value may start with `scalar`: a digit, `〇` (a zero as some reports write it, `inv-2020-ling`:
  /// `3.危及“三安全  6 〇  〇 〇 7 19` / `一稳定”  6`) or a mark written for an empty cell (`—`, `-`, `/`,
  /// `inv-2022-dashes`: `1.本机关不掌握相关政府 — - — 7 1 — 8` / `信息`). No row label of a format holds one of them.
  private static func startsValue(_ scalar: Unicode.Scalar) -> Bool {
    isDigit(scalar) || scalar == "〇" || Cell.placeholderScalars.contains(scalar)
  }
  private static func isValueScalar(_ scalar: Unicode.Scalar) -> Bool {
    startsValue(scalar) || "+.".unicodeScalars.contains(scalar)
  }

  /// The length from which a label's beginning identifies it: no two labels share this many first characters.
  static let identifyingPrefix = 12
  /// Only labels this long are found by their beginning: shorter ones fit their cells, and the beginning of a
  /// shorter one (`本年新收政府信息公开申请`) is a phrase prose uses.
  static let cuttableLength = 16

  private func numberingStart(of pattern: LabelPattern, before index: Int, floor: Int, in view: NormalizedText) -> Int?
  {
    for numbering in pattern.numberings {
      let start = index - numbering.count
      if start >= floor && view.matches(numbering, at: start) { return start }
    }
    return nil
  }
}

extension Array where Element == LabelOccurrence {
  /// The longest subsequence whose `order` values strictly increase (occurrences are in text order); occurrences
  /// with no order are left out. Used to keep the rows found in the format's order and drop stray matches.
  func longestIncreasingRun(order: (LabelOccurrence) -> Int?) -> [LabelOccurrence] {
    let ranked = compactMap { occurrence in order(occurrence).map { (occurrence, $0) } }
    guard !ranked.isEmpty else { return [] }
    // Each occurrence extends the longest run ending at a smaller order, the earliest such occurrence on ties. Orders
    // are the format's few rows, so keeping the best run per order makes this linear in the occurrences (a text of
    // 100,000 label lines stays fast).
    let orders = Set(ranked.map(\.1)).sorted()
    let slot = Dictionary(uniqueKeysWithValues: orders.enumerated().map { ($1, $0) })
    var longestAt = [Int](repeating: 0, count: orders.count)
    var earliestAt = [Int](repeating: -1, count: orders.count)
    var length = [Int](repeating: 1, count: ranked.count)
    var previous = [Int](repeating: -1, count: ranked.count)
    for current in 0..<ranked.count {
      let own = slot[ranked[current].1]!
      for smaller in 0..<own where longestAt[smaller] > 0 {
        let candidate = longestAt[smaller] + 1
        if candidate > length[current] || (candidate == length[current] && earliestAt[smaller] < previous[current]) {
          length[current] = candidate
          previous[current] = earliestAt[smaller]
        }
      }
      if length[current] > longestAt[own] {
        longestAt[own] = length[current]
        earliestAt[own] = current
      }
    }
    var best = length.indices.max { length[$0] < length[$1] || (length[$0] == length[$1] && $0 > $1) }!
    var result: [LabelOccurrence] = []
    while best >= 0 {
      result.append(ranked[best].0)
      best = previous[best]
    }
    return result.reversed()
  }
}
