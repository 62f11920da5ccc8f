import Foundation

/// Per-character normalisation: NFKC for the characters real reports get wrong, adjusted for simplified Chinese.
///
/// PDF extraction replaces ideographs with look-alike compatibility characters (Kangxi radicals U+2F00–U+2FDF, the
/// CJK Radicals Supplement U+2E80–U+2EFF, CJK compatibility ideographs); Word and web pages bring full-width digits,
/// ideographic and no-break spaces and zero-width characters. NFKC maps most of them, but maps some Kangxi radicals
/// to traditional forms (`⼾` → `戶`) and leaves the simplified radicals (`⻓`, `⻔`, `⺠`) alone; this table maps
/// both to the simplified ideograph a reader of the report sees.
package enum CharacterFolding {
  /// The normalised replacement of `scalar`, or `nil` when it stays as it is. An empty string means "remove".
  @inline(__always)
  package static func replacement(for scalar: Unicode.Scalar) -> String? {
    let value = scalar.value
    if value < 0xA0 || (value >= 0x4E00 && value <= 0x9FFF) { return nil }
    if value >= 0xFF01 && value <= 0xFF5E {
      return String(Unicode.Scalar(value - 0xFEE0)!)
    }
    return tableReplacement(value)
  }

  /// The replacement of `value` that the table gives: white space by value, and a character of a block that NFKC or
  /// the simplified forms change from that block's replacements, made the first time one of its characters is asked
  /// about (most texts hold characters of one block or two, if any, and each scalar's NFKC costs some 7,000
  /// instructions).
  @inline(__always)
  private static func tableReplacement(_ value: UInt32) -> String? {
    switch value {
    case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: " "
    case 0x200B...0x200D, 0x2060, 0xFEFF: ""
    case 0x2160...0x217F: numberForms[value]
    case 0x2460...0x24FF: enclosedAlphanumerics[value]
    case 0x2E80...0x2EFF: simplifiedRadicals[value]
    case 0x2F00...0x2FDF: kangxiRadicals[value]
    case 0x3200...0x32FF: enclosedIdeographs[value]
    case 0x3300...0x33FF: squaredWords[value]
    case 0xF900...0xFAFF: compatibilityIdeographs[value]
    case 0xFF61...0xFFEF: halfWidthForms[value]
    case 0x2F800...0x2FA1F: compatibilityIdeographsSupplement[value]
    default: nil
    }
  }

  /// Whether `scalar` is a compatibility ideograph or radical that stands for an ordinary ideograph (the characters
  /// GJ501 reports), as opposed to legitimate full-width punctuation.
  package static func isCompatibilityIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    let inRanges =
      (0x2E80...0x2EFF).contains(value) || (0x2F00...0x2FDF).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0x2F800...0x2FA1F).contains(value)
    return inRanges && tableReplacement(value) != nil
  }

  /// Whether `scalar` is a CJK ideograph: the unified ideographs of the basic block and of every extension (A in the
  /// BMP; B to J in the supplementary planes, such as `𠀀` U+20000, which agency names and places use) and `〇`.
  /// Compatibility ideographs are left to ``isCompatibilityIdeograph(_:)``.
  @inline(__always)
  package static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x3007 { return false }
    if value <= 0x9FFF { return value >= 0x4E00 || (0x3400...0x4DBF).contains(value) || value == 0x3007 }
    return (0x20000...0x323AF).contains(value) && !(0x2F800...0x2FA1F).contains(value)
  }

  /// Whether `scalar` is a full-width digit `０`–`９`.
  package static func isFullWidthDigit(_ scalar: Unicode.Scalar) -> Bool {
    (0xFF10...0xFF19).contains(scalar.value)
  }

  /// Vertical cell borders: box drawing (light, heavy, double, dashed) and ASCII (the reader's and the rules' one
  /// notion of a grid bar).
  package static func isGridBar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x7C, 0x2502, 0x2503, 0x2551, 0x2506, 0x2507, 0x250A, 0x250B, 0xFF5C: true
    default: false
    }
  }

  /// Whether `scalar` is white space of any kind, including zero-width characters and form feeds.
  @inline(__always)
  package static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000,
      0xFEFF:
      return true
    default:
      return false
    }
  }

  /// `string` with every character normalised.
  package static func normalize(_ string: some StringProtocol) -> String {
    if string.unicodeScalars.allSatisfy({ replacement(for: $0) == nil }) { return String(string) }
    var result = ""
    result.unicodeScalars.reserveCapacity(string.unicodeScalars.count)
    for scalar in string.unicodeScalars {
      if let replacement = replacement(for: scalar) {
        result.append(contentsOf: replacement)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `string` normalised, with surrounding white space (of every kind) removed.
  package static func normalizeAndTrim(_ string: some StringProtocol) -> String {
    trimSpaces(normalize(string))
  }

  /// `string` without leading and trailing white space of any kind.
  package static func trimSpaces(_ string: String) -> String {
    let scalars = string.unicodeScalars
    if let first = scalars.first, let last = scalars.last, !isSpace(first), !isSpace(last) { return string }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isSpace($0) })!
    return String(scalars[first...last])
  }

  private static let numberForms = Block(0x2160...0x217F)
  private static let enclosedAlphanumerics = Block(0x2460...0x24FF, keeping: circledNumbers)
  private static let kangxiRadicals = Block(0x2F00...0x2FDF, overriddenBy: simplifiedKangxi)
  private static let enclosedIdeographs = Block(0x3200...0x32FF, keeping: circledNumbers)
  private static let squaredWords = Block(0x3300...0x33FF)
  private static let compatibilityIdeographs = Block(0xF900...0xFAFF)
  private static let halfWidthForms = Block(0xFF61...0xFFEF)
  private static let compatibilityIdeographsSupplement = Block(0x2F800...0x2FA1F)

  /// The replacements of a block of scalars: their NFKC forms where NFKC changes them, except the scalars `kept`
  /// as written, and `overrides` instead of NFKC's.
  private struct Block: Sendable {
    private let first: UInt32
    private let replacements: [String?]

    init(
      _ block: ClosedRange<UInt32>, keeping kept: [ClosedRange<UInt32>] = [],
      overriddenBy overrides: [UInt32: String] = [:]
    ) {
      first = block.lowerBound
      replacements = block.map { value in
        if let override = overrides[value] { return override }
        guard let scalar = Unicode.Scalar(value), !kept.contains(where: { $0.contains(value) }) else { return nil }
        let original = String(scalar)
        let mapped = original.precomposedStringWithCompatibilityMapping
        // Compare scalars: `String ==` is canonical equivalence, under which a compatibility ideograph (a canonical
        // singleton such as U+F900 → U+8C48) equals its mapping and would never be replaced.
        return mapped.unicodeScalars.elementsEqual(original.unicodeScalars) ? nil : mapped
      }
    }

    /// The replacement of `value`, a scalar of the block.
    subscript(value: UInt32) -> String? { replacements[Int(value - first)] }
  }

  /// Circled numbers (`①`–`⑳`, `⓪`, `⓫`–`⓴`, `⓵`–`⓾`, `⓿`, `㉑`–`㊿`), which NFKC makes digits: reports write them
  /// after a value as footnote marks (`399②`), where a digit would make another number (3992); they stay as
  /// written. Parenthesised and full-stop numbers (`⑴`, `⒈`), written in labels, still fold.
  private static let circledNumbers: [ClosedRange<UInt32>] = [
    0x2460...0x2473, 0x24EA...0x24FF, 0x3251...0x325F, 0x32B1...0x32BF,
  ]

  /// CJK Radicals Supplement characters that PDF text uses for simplified ideographs.
  private static let simplifiedRadicals: [UInt32: String] = [
    0x2E81: "厂", 0x2E9F: "母", 0x2EA0: "民", 0x2EA9: "王", 0x2EAC: "示", 0x2EB0: "纟", 0x2EC4: "西",
    0x2EC5: "见", 0x2EC6: "角", 0x2EC8: "讠", 0x2EC9: "贝", 0x2ECB: "车", 0x2ECF: "阝", 0x2ED0: "钅",
    0x2ED3: "长", 0x2ED4: "门", 0x2ED7: "雨", 0x2ED8: "青", 0x2ED9: "韦", 0x2EDA: "页", 0x2EDB: "风",
    0x2EDC: "飞", 0x2EDD: "食", 0x2EE0: "饣", 0x2EE1: "首", 0x2EE2: "马", 0x2EE3: "骨", 0x2EE4: "鬼",
    0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE7: "卤", 0x2EE8: "麦", 0x2EE9: "黄", 0x2EEA: "黾", 0x2EEC: "齐",
    0x2EEE: "齿", 0x2EF0: "龙", 0x2EF3: "龟",
  ]

  /// Kangxi radicals whose NFKC form is a traditional character; a simplified report means the simplified one.
  private static let simplifiedKangxi: [UInt32: String] = [
    0x2F3E: "户", 0x2F92: "见", 0x2F99: "贝", 0x2F9E: "车", 0x2FA7: "长", 0x2FA8: "门", 0x2FAD: "青",
    0x2FB4: "页", 0x2FB5: "风", 0x2FB6: "飞", 0x2FBA: "马", 0x2FC2: "鱼", 0x2FC3: "鸟", 0x2FC4: "卤",
    0x2FC6: "麦", 0x2FC8: "黄", 0x2FD1: "齐", 0x2FD2: "齿", 0x2FD3: "龙", 0x2FD4: "龟",
  ]
}
