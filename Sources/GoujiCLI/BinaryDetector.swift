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
    var text = decoded.text
    let counts = text.withUTF8(count)
    guard !counts.hasNul else { return "it contains NUL bytes" }
    guard counts.scalars > 0, Double(counts.controls) > Double(counts.scalars) * maximumControlShare else { return nil }
    return "\(counts.controls) of its \(counts.scalars) characters are control characters"
  }

  /// The scalars and control characters of valid UTF-8, counted on the bytes: a scalar is a byte that does not
  /// continue a sequence, a C0 control or DEL is one byte of its own, a C1 control is `C2 80`–`C2 9F`.
  private static func count(_ utf8: UnsafeBufferPointer<UInt8>) -> (scalars: Int, controls: Int, hasNul: Bool) {
    var scalars = 0
    var controls = 0
    var afterC2 = false
    for byte in utf8 {
      if byte & 0xC0 != 0x80 { scalars += 1 }
      if byte < 0x20 || byte == 0x7F {
        if byte == 0 { return (scalars, controls, true) }
        if byte < 0x09 || byte > 0x0D { controls += 1 }
      } else if afterC2 && byte <= 0x9F {
        controls += 1
      }
      afterC2 = byte == 0xC2
    }
    return (scalars, controls, false)
  }
}
