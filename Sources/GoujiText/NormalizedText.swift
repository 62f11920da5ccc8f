/// A normalised view of part of a ``SourceText`` that remembers, for every normalised character, which source
/// characters it came from — so a match found in normalised text is reported at the right original characters.
///
/// Normalisation applies ``CharacterFolding`` (NFKC adjusted for simplified Chinese). With ``Mode/matching`` it also
/// folds what label matching must ignore: all white space and line breaks disappear (labels are broken by spaces,
/// line breaks and one-character-per-line cells), quotes disappear (`“三安全一稳定”`, `「三安全一稳定」`), so do the `*`
/// and the escaping `\` Markdown converters leave (`**总体情况**`, html2text's `3\. 其他`), `，` becomes `、`, and the
/// bracket pairs `〔〕【】[]` become `〔〕`.
@usableFromInline
package struct NormalizedText: Sendable {
  package enum Mode: Sendable {
    /// Character normalisation only; white space is kept (as a plain space).
    case display
    /// Normalisation plus the foldings label matching needs.
    case matching
  }

  /// The normalised characters.
  @usableFromInline package internal(set) var scalars: [Unicode.Scalar] = []
  /// For each normalised character, the UTF-8 range in the source of the character it came from.
  package internal(set) var sourceRanges: SourceRanges

  /// Normalises `range` of `text`. Works on the UTF-8 bytes: ASCII other than white space and the ideographs of the
  /// basic block, most of a report, are taken as they are without any lookup. A view covers at most 4 GiB: a longer
  /// range is normalised up to that length.
  package init(_ text: SourceText, range: TextRange? = nil, mode: Mode) {
    var range = text.clamp(range ?? text.fullRange)
    if range.length > SourceRanges.maximumLength {
      let end = text.scalarBoundary(atOrBefore: range.start + SourceRanges.maximumLength)
      range = TextRange(start: range.start, end: end)
    }
    (scalars, sourceRanges) = text.bytes.withUnsafeBufferPointer { bytes in
      NormalizedText.build(capacity: range.length / 2, base: range.start, from: range.start, to: range.end) {
        index, writer in
        let lead = bytes[index]
        let start = UInt32(truncatingIfNeeded: index - range.start)
        if lead > 0x20 && lead < 0x7F && (mode == .display || !NormalizedText.isMatchingSpecialASCII(lead)) {
          writer.append(Unicode.Scalar(lead), start: start, width: 1)
          return index + 1
        }
        let width = SourceText.scalarByteCount(lead: lead)
        let scalar = NormalizedText.decodeScalar(bytes, at: index, width: width)
        if NormalizedText.isUnifiedIdeograph(scalar) {  // never folded
          writer.append(scalar, start: start, width: UInt8(width))
        } else {
          NormalizedText.fold(scalar, mode: mode) { writer.append($0, start: start, width: UInt8(width)) }
        }
        return index + width
      }
    }
  }

  /// Whether a printable ASCII character is one that matching mode removes or replaces (quotes, `*`, `,`, brackets,
  /// `\`).
  @inline(__always)
  static func isMatchingSpecialASCII(_ byte: UInt8) -> Bool {
    byte == 0x22 || byte == 0x27 || byte == 0x2A || byte == 0x2C || byte == 0x5B || byte == 0x5D || byte == 0x5C
  }

  /// The normalised form of a string (for labels and keys compared against a ``NormalizedText``).
  package static func fold(_ string: some StringProtocol, mode: Mode) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    for scalar in string.unicodeScalars {
      fold(scalar, mode: mode) { result.append($0) }
    }
    return result
  }

  /// The normalised form of a string, as a string.
  package static func foldedString(_ string: some StringProtocol, mode: Mode) -> String {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(string.utf8.count)
    for scalar in string.unicodeScalars {
      fold(scalar, mode: mode) { NormalizedText.appendUTF8($0, to: &utf8) }
    }
    return String(decoding: utf8, as: UTF8.self)
  }

  @inlinable package var count: Int { scalars.count }

  /// The normalised characters in `range` as a string.
  package func string(_ range: Range<Int>? = nil) -> String {
    var utf8: [UInt8] = []
    let range = range ?? 0..<scalars.count
    utf8.reserveCapacity(range.count * 3)
    for scalar in scalars[range] { NormalizedText.appendUTF8(scalar, to: &utf8) }
    return String(decoding: utf8, as: UTF8.self)
  }

  /// Appends the UTF-8 encoding of `scalar` (building a string from bytes is much cheaper than from scalars).
  @inline(__always)
  static func appendUTF8(_ scalar: Unicode.Scalar, to utf8: inout [UInt8]) {
    let value = scalar.value
    if value < 0x80 { return utf8.append(UInt8(value)) }
    if value < 0x800 {
      utf8.append(UInt8(0xC0 | value >> 6))
    } else if value < 0x10000 {
      utf8.append(UInt8(0xE0 | value >> 12))
      utf8.append(UInt8(0x80 | (value >> 6) & 0x3F))
    } else {
      utf8.append(UInt8(0xF0 | value >> 18))
      utf8.append(UInt8(0x80 | (value >> 12) & 0x3F))
      utf8.append(UInt8(0x80 | (value >> 6) & 0x3F))
    }
    utf8.append(UInt8(0x80 | value & 0x3F))
  }

  /// The source range covering the normalised characters `range`; an empty range maps to the source position of the
  /// character that follows it (or the end of the last one).
  package func sourceRange(of range: Range<Int>) -> TextRange {
    if range.isEmpty {
      if range.lowerBound < sourceRanges.count { return TextRange(emptyAt: sourceRanges[range.lowerBound].start) }
      return TextRange(emptyAt: sourceRanges.last?.end ?? 0)
    }
    return TextRange(start: sourceRanges[range.lowerBound].start, end: sourceRanges[range.upperBound - 1].end)
  }

  /// The first index at or after `from` where `needle` occurs.
  package func firstIndex(of needle: [Unicode.Scalar], from: Int = 0) -> Int? {
    guard let first = needle.first, needle.count <= scalars.count else { return nil }
    var index = max(0, from)
    let last = scalars.count - needle.count
    while index <= last {
      if scalars[index] == first && matches(needle, at: index) { return index }
      index += 1
    }
    return nil
  }

  /// Whether `needle` occurs at `index`.
  @inline(__always)
  package func matches(_ needle: [Unicode.Scalar], at index: Int) -> Bool {
    guard index >= 0, index + needle.count <= scalars.count else { return false }
    for offset in 0..<needle.count where scalars[index + offset] != needle[offset] { return false }
    return true
  }

  /// Whether `scalar` is a CJK Unified Ideograph of the basic block, which no folding changes.
  @inline(__always)
  static func isUnifiedIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x4E00 && scalar.value <= 0x9FFF
  }

  @inline(__always)
  private static func fold(_ scalar: Unicode.Scalar, mode: Mode, into emit: (Unicode.Scalar) -> Void) {
    if let replacement = CharacterFolding.replacement(for: scalar) {
      for mapped in replacement.unicodeScalars { foldNormalized(mapped, mode: mode, into: emit) }
    } else {
      foldNormalized(scalar, mode: mode, into: emit)
    }
  }

  @inline(__always)
  static func foldNormalized(_ scalar: Unicode.Scalar, mode: Mode, into emit: (Unicode.Scalar) -> Void) {
    if CharacterFolding.isSpace(scalar) {
      if mode == .display { emit(scalar.value == 0x09 || scalar.value == 0x0A || scalar.value == 0x0D ? scalar : " ") }
      return
    }
    guard mode == .matching else { return emit(scalar) }
    switch scalar.value {
    case 0x22, 0x27, 0x2018, 0x2019, 0x201C, 0x201D, 0x300C, 0x300D, 0x300E, 0x300F, 0x2A, 0x5C:
      return  // quotes, and the `*` and escaping `\` of Markdown leftovers
    case 0x2C: emit("、")  // `，` arrives here as `,` after NFKC
    case 0x5B, 0x3010, 0x3014: emit("〔")
    case 0x5D, 0x3011, 0x3015: emit("〕")
    default: emit(scalar)
    }
  }

  /// The scalar whose `width` UTF-8 bytes start at `index` of valid UTF-8 in `bytes`.
  @inlinable @inline(__always)
  package static func decodeScalar(_ bytes: [UInt8], at index: Int, width: Int) -> Unicode.Scalar {
    bytes.withUnsafeBufferPointer { decodeScalar($0, at: index, width: width) }
  }

  /// The scalar whose `width` UTF-8 bytes start at `index` of valid UTF-8 (inlinable: the scanners of the other
  /// modules call it per character).
  @inlinable @inline(__always)
  package static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, width: Int) -> Unicode.Scalar {
    var value = UInt32(bytes[index])
    switch width {
    case 1: break
    case 2: value = (value & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
    case 3: value = (value & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
    default:
      value =
        (value & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
        | UInt32(bytes[index + 3] & 0x3F)
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }
}
