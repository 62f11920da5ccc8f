import Foundation
import Testing

@testable import GoujiText

/// The folding table is made block by block, each block the first time one of its characters is folded: every
/// scalar must still fold as one table of every block made at once did (NFKC where it changes a scalar, the circled
/// numbers kept, the simplified radicals, white space), and no scalar outside the blocks may fold.
@Suite struct CharacterFoldingBlocksTests {
  /// The blocks NFKC folds, each scalar to its compatibility mapping where that differs.
  static let normalizedBlocks: [ClosedRange<UInt32>] = [
    0x2160...0x217F, 0x2460...0x24FF, 0x2F00...0x2FDF, 0x3200...0x33FF, 0xF900...0xFAFF, 0xFF61...0xFFEF,
    0x2F800...0x2FA1F,
  ]

  /// Circled numbers, kept as written (footnote marks after a value).
  static let circledNumbers: [ClosedRange<UInt32>] = [
    0x2460...0x2473, 0x24EA...0x24FF, 0x3251...0x325F, 0x32B1...0x32BF,
  ]

  @Test func everyScalarOfANormalizedBlockFoldsToItsCompatibilityMapping() {
    var simplified: [UInt32] = []
    for value in Self.normalizedBlocks.joined() {
      let scalar = Unicode.Scalar(value)!
      let mapped = String(scalar).precomposedStringWithCompatibilityMapping
      let changed = !mapped.unicodeScalars.elementsEqual(String(scalar).unicodeScalars)
      let replacement = CharacterFolding.replacement(for: scalar)
      if Self.circledNumbers.contains(where: { $0.contains(value) }) {
        #expect(replacement == nil, "U+\(String(value, radix: 16))")
      } else if let replacement, changed, !replacement.unicodeScalars.elementsEqual(mapped.unicodeScalars) {
        simplified.append(value)
        let ideographs = replacement.unicodeScalars.map { NormalizedText.isUnifiedIdeograph($0) }
        #expect((0x2F00...0x2FDF).contains(value) && ideographs == [true], "U+\(String(value, radix: 16))")
      } else {
        #expect(replacement == (changed ? mapped : nil), "U+\(String(value, radix: 16))")
      }
    }
    #expect(simplified.count == 20)  // the Kangxi radicals whose NFKC form is traditional
  }

  @Test func noScalarOutsideTheBlocksFoldsButFullWidthFormsAndWhiteSpace() {
    let spaces: [UInt32] = [0xA0, 0x1680, 0x202F, 0x205F, 0x3000] + Array(0x2000...0x200A)
    let removed: [UInt32] = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]
    var (radicals, wrong) = (0, [String]())
    for value in 0...0x10FFFF as ClosedRange<UInt32> {
      guard let scalar = Unicode.Scalar(value), !Self.normalizedBlocks.contains(where: { $0.contains(value) }) else {
        continue
      }
      let replacement = CharacterFolding.replacement(for: scalar)
      let right: Bool
      if (0xFF01...0xFF5E).contains(value) {
        right = replacement == String(Unicode.Scalar(value - 0xFEE0)!)
      } else if (0x2E80...0x2EFF).contains(value), let replacement {
        radicals += 1
        right = replacement.unicodeScalars.map { NormalizedText.isUnifiedIdeograph($0) } == [true]
      } else {
        right = replacement == (spaces.contains(value) ? " " : removed.contains(value) ? "" : nil)
      }
      if !right { wrong.append("U+\(String(value, radix: 16))") }
    }
    #expect(wrong.isEmpty, "\(wrong)")
    #expect(radicals == 38)  // the simplified forms of the CJK Radicals Supplement
  }
}
