import GoujiText

/// Tells a binary file from a report. A file is text when it decodes in a supported encoding (UTF-8, UTF-16 with a
/// byte-order mark, GB18030: anything else is rejected by the decoder) and its decoded text has no NUL and almost
/// no control characters. GB18030 decodes nearly every byte sequence, so random bytes decode, but as text full of
/// control characters: C0 controls other than TAB, LF, VT, FF and CR, DEL and C1 controls. (U+FFFD is not counted:
/// PDF copies carry some where extraction failed.)
enum BinaryDetector {
  /// The largest share of control characters a text may have: real reports have none, random bytes about 1 in 8.
  static let maximumControlShare = 0.01

  /// Why `decoded` is not text, or `nil` when it is.
  static func reason(_ decoded: DecodedText) -> String? {
    var controls = 0
    var total = 0
    for scalar in decoded.text.unicodeScalars {
      total += 1
      if scalar.value == 0 { return "it contains NUL bytes" }
      if isControl(scalar) { controls += 1 }
    }
    guard total > 0, Double(controls) > Double(total) * maximumControlShare else { return nil }
    return "\(controls) of its \(total) characters are control characters"
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }
}
