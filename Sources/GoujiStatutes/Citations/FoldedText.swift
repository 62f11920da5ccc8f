import Foundation

/// Text folded for matching citations, remembering where each folded character came from.
///
/// Folding maps what PDF extraction and word processors substitute back to the characters citations are written
/// with: Kangxi radicals and other compatibility ideographs to ordinary ideographs (`⼆` → `二`), full-width ASCII to
/// ASCII (`（` → `(`, `２` → `2`), and the bracket pairs `【】[]［］〖〗` to `〔〕`. White space is kept, so the
/// matcher decides where it may appear. One source character can fold to several (`㈠` → `(一)`); each keeps the
/// source character's range.
struct FoldedText {
  /// The folded characters.
  private(set) var scalars: [Unicode.Scalar] = []
  /// For each folded character, the UTF-8 offset of the source character it came from.
  private(set) var sourceStarts: [Int] = []
  /// For each folded character, the UTF-8 offset just past the source character it came from.
  private(set) var sourceEnds: [Int] = []

  init(_ text: String) {
    var offset = 0
    for scalar in text.unicodeScalars {
      let end = offset + scalar.utf8.count
      Self.fold(scalar) { folded in
        scalars.append(folded)
        sourceStarts.append(offset)
        sourceEnds.append(end)
      }
      offset = end
    }
  }

  var count: Int { scalars.count }

  subscript(index: Int) -> Unicode.Scalar { scalars[index] }

  /// The UTF-8 range in the source of the folded characters `range` (which must not be empty).
  func sourceRange(_ range: Range<Int>) -> Range<Int> {
    sourceStarts[range.lowerBound]..<sourceEnds[range.upperBound - 1]
  }

  /// The folded characters in `range` as a string.
  func string(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  /// `string` folded the same way, as a string (for names and keys compared against folded text).
  static func folded(_ string: some StringProtocol) -> String {
    var view = String.UnicodeScalarView()
    for scalar in string.unicodeScalars { fold(scalar) { view.append($0) } }
    return String(view)
  }

  /// Calls `emit` with the folded form of `scalar`, one character at a time.
  static func fold(_ scalar: Unicode.Scalar, _ emit: (Unicode.Scalar) -> Void) {
    if let simple = simpleFold(scalar) { return emit(simple) }
    guard let replacement = CompatibilityTable.table[scalar.value] else { return emit(scalar) }
    for folded in replacement.unicodeScalars { emit(folded) }
  }

  /// The folded form of `scalar` when it needs no table: ASCII, ideographs, brackets, full-width ASCII.
  static func simpleFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    switch value {
    case 0x5B, 0x3010, 0x3016, 0xFF3B: return "〔"
    case 0x5D, 0x3011, 0x3017, 0xFF3D: return "〕"
    case 0..<0x80, 0x4E00...0x9FFF: return scalar
    case 0xFF01...0xFF5E: return Unicode.Scalar(value - 0xFEE0)
    default: return nil
    }
  }

  /// Whether `scalar` is white space of any kind, including zero-width characters.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000,
      0xFEFF:
      true
    default:
      false
    }
  }

  /// Whether `scalar` ends a line.
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  /// Whether `scalar` is white space that does not end a line.
  static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
    isSpace(scalar) && !isLineBreak(scalar)
  }

  /// Whether `scalar` is a CJK unified ideograph (the basic block or extension A).
  static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }
}

/// NFKC replacements for compatibility ideographs, radicals, enclosed and parenthesised characters, adjusted to the
/// simplified ideographs a simplified-Chinese report means.
private enum CompatibilityTable {
  static let table: [UInt32: String] = build()

  private static func build() -> [UInt32: String] {
    var table: [UInt32: String] = [:]
    let ranges: [ClosedRange<UInt32>] = [
      0x2460...0x24FF, 0x2F00...0x2FDF, 0x3200...0x33FF, 0xF900...0xFAFF, 0x2F800...0x2FA1F,
    ]
    for value in ranges.joined() {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let original = String(scalar)
      let mapped = original.precomposedStringWithCompatibilityMapping
      if mapped != original {
        var folded = String.UnicodeScalarView()
        for inner in mapped.unicodeScalars { folded.append(FoldedText.simpleFold(inner) ?? inner) }
        table[value] = String(folded)
      }
    }
    for (value, mapped) in simplified { table[value] = mapped }
    return table
  }

  /// Radicals whose NFKC form is traditional, or which NFKC leaves alone, mapped to the simplified ideograph.
  private static let simplified: [UInt32: String] = [
    0x2E81: "厂", 0x2E9F: "母", 0x2EA0: "民", 0x2EA9: "王", 0x2EAC: "示", 0x2EB0: "纟", 0x2EC4: "西",
    0x2EC5: "见", 0x2EC6: "角", 0x2EC8: "讠", 0x2EC9: "贝", 0x2ECB: "车", 0x2ECF: "阝", 0x2ED0: "钅",
    0x2ED3: "长", 0x2ED4: "门", 0x2ED7: "雨", 0x2ED8: "青", 0x2ED9: "韦", 0x2EDA: "页", 0x2EDB: "风",
    0x2EDC: "飞", 0x2EDD: "食", 0x2EE0: "饣", 0x2EE1: "首", 0x2EE2: "马", 0x2EE3: "骨", 0x2EE4: "鬼",
    0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE7: "卤", 0x2EE8: "麦", 0x2EE9: "黄", 0x2EEA: "黾", 0x2EEC: "齐",
    0x2EEE: "齿", 0x2EF0: "龙", 0x2EF3: "龟",
    0x2F3E: "户", 0x2F92: "见", 0x2F99: "贝", 0x2F9E: "车", 0x2FA7: "长", 0x2FA8: "门", 0x2FAD: "青",
    0x2FB4: "页", 0x2FB5: "风", 0x2FB6: "飞", 0x2FBA: "马", 0x2FC2: "鱼", 0x2FC3: "鸟", 0x2FC4: "卤",
    0x2FC6: "麦", 0x2FC8: "黄", 0x2FD1: "齐", 0x2FD2: "齿", 0x2FD3: "龙", 0x2FD4: "龟",
  ]
}
