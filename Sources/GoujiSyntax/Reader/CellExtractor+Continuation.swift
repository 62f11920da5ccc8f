import GoujiFormats
import GoujiText

/// The characters that may stand between a row's label and its values in PDF layout text: the rest of the row's own
/// label (wrapped beside its values: `（二）部分公开（区分处理的，只计这一情 8 1 0 0 0 0 9`), fragments of the group
/// labels printed beside it (`（五）不      3.要求提供公开出版物` / `予处理     4.无正当理由大量反复申请   0 …`), or
/// the rest of a header (table 四's three header lines above its values). Digits are never among them, so a numbered
/// label of another row always stops the skipping.
struct LabelContinuation: Sendable {
  let characters: Set<Unicode.Scalar>
  /// At most this many characters are skipped.
  let limit: Int

  init(labels: [String], limit: Int) {
    let folded = labels.flatMap { NormalizedText.fold($0, mode: .matching) }
    characters = Set(folded.filter { !(0x30...0x39).contains($0.value) })
    self.limit = limit
  }

  /// Whether a token (normalised) is made only of continuation characters.
  func allows(_ token: String) -> Bool {
    let folded = NormalizedText.fold(token, mode: .matching)
    return !folded.isEmpty && folded.allSatisfy(characters.contains)
  }

  /// Table 三's row `key`: its own label and every group label of both formats.
  static func table3Row(_ key: String) -> LabelContinuation? { table3Rows.value[key] }

  private static let table3Rows = DerivedFromFormats {
    let groups = ReportFormats.all.flatMap { $0.table3.groups.map(\.label) }
    var labels: [String: [String]] = [:]
    for row in ReportFormats.all.flatMap(\.table3.rows) where !labels[row.key, default: []].contains(row.label) {
      labels[row.key, default: []].append(row.label)
    }
    return labels.mapValues { LabelContinuation(labels: $0 + groups, limit: 48) }
  }

  /// Table 四's header words, which layout text breaks over three lines above the values.
  static var table4Header: LabelContinuation { table4Headers.value }

  private static let table4Headers = DerivedFromFormats {
    LabelContinuation(labels: ReportFormats.latest.table4.headers, limit: 120)
  }
}

extension CellExtractor {
  /// Where the values of `segment` start when only continuation text (and white space, leftovers, page furniture)
  /// stands before the first value; `nil` when there is nothing to skip or anything else stands there.
  func valuesStart(in segment: TextRange, skipping continuation: LabelContinuation) -> Int? {
    var skipped = 0
    for word in Words(in: segment, text: text, excluded: excluded) {
      if isAsciiDigits(word) { return skipped > 0 ? word.start : nil }
      let token = CharacterFolding.normalizeAndTrim(text[word])
      if CellExtractor.isValueLike(token) { return skipped > 0 ? word.start : nil }
      skipped += token.count
      guard continuation.allows(token), skipped <= continuation.limit else { return nil }
    }
    return nil
  }
}
