import GoujiFormats
import GoujiText

/// A sentence of the prose reduced to what is compared across years (GJ409): the hash of its letters, every run of
/// digits counted as one `#` (so a sentence that differs only in its figures is the same sentence), white space and
/// punctuation left out; its weight is the number of letters hashed.
package struct NarrativeSentence: Sendable, Hashable {
  package var hash: UInt64
  package var weight: Int
  package var range: TextRange
}

extension RuleContext {
  /// The shortest sentence compared, in letters: shorter ones (headings, `无。`) repeat in every report.
  static let shortestComparedSentence = 10

  /// The formats' fixed sentences written above a table (table 三's note on its 勾稽关系), which every report
  /// repeats and the table's range (from its first label) leaves in the prose.
  static var formatSentences: Set<UInt64> { formatSentenceHashes.value }

  private static let formatSentenceHashes = DerivedFromFormats {
    Set(
      ReportFormats.all.map { format in
        var hasher = SentenceHasher()
        let scalars = NormalizedText.fold(format.table3.note, mode: .display)
        for (index, scalar) in scalars.enumerated() {
          hasher.add(scalar, afterDigit: index > 0 && (0x30...0x39).contains(scalars[index - 1].value))
        }
        return hasher.hash
      })
  }

  /// Every sentence of the prose (``proseRanges``: the tables excluded, and the formats' fixed sentences) of at
  /// least ``shortestComparedSentence`` letters, in text order. Linear in the prose's length.
  package var narrativeSentences: [NarrativeSentence] {
    proseViews.flatMap { view in
      var sentences: [NarrativeSentence] = []
      var hasher = SentenceHasher()
      var start = 0
      for index in 0...view.count {
        guard index == view.count || Self.endsSentence(view[index]) else {
          hasher.add(view[index], afterDigit: index > 0 && view.isDigit(index - 1))
          continue
        }
        if hasher.weight >= Self.shortestComparedSentence && !Self.formatSentences.contains(hasher.hash) {
          let range = view.sourceRange(start..<index)
          sentences.append(NarrativeSentence(hash: hasher.hash, weight: hasher.weight, range: range))
        }
        hasher = SentenceHasher()
        start = index + 1
      }
      return sentences
    }
  }

  private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
    "。！？；!?;\n\r\t".unicodeScalars.contains(scalar)
  }
}

/// FNV-1a over the letters of a sentence, a digit run as one `#`: deterministic across runs and processes.
private struct SentenceHasher {
  private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  private(set) var weight = 0

  mutating func add(_ scalar: Unicode.Scalar, afterDigit: Bool) {
    let isDigit = (0x30...0x39).contains(scalar.value)
    if isDigit {
      if !afterDigit { mix(0x23) }
      return
    }
    guard scalar.properties.isAlphabetic else { return }
    mix(scalar.value)
    weight += 1
  }

  private mutating func mix(_ value: UInt32) {
    hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
  }
}
