/// How many terminal columns a character occupies.
///
/// East Asian Wide and Fullwidth characters (CJK ideographs, kana, Hangul, full-width forms and punctuation, most
/// emoji) take two columns; combining marks and zero-width characters none; everything else one.
package enum DisplayWidth {
  package static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value == 0 { return 0 }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if isZeroWidth(value) { return 0 }
    return isWide(value) ? 2 : 1
  }

  package static func of(_ string: some StringProtocol) -> Int {
    string.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  private static func isZeroWidth(_ value: UInt32) -> Bool {
    (0x0300...0x036F).contains(value) || (0x200B...0x200F).contains(value) || value == 0xFEFF
      || (0xFE00...0xFE0F).contains(value) || (0x20D0...0x20FF).contains(value)
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
