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
  ///
  /// Eight bytes at a time: a word holding no byte below 0x20, no DEL and no `C2`, and not following a `C2`, holds no
  /// control, so only its scalars are counted (its bytes that do not continue a sequence). Any other word, and the
  /// last bytes, are read a byte at a time (``countBytes(_:into:)``). The test for those bytes may answer yes for a
  /// word without them (a borrow between bytes), which only sends the word down the byte path.
  private static func count(_ utf8: UnsafeBufferPointer<UInt8>) -> (scalars: Int, controls: Int, hasNul: Bool) {
    var counts = ByteCounts()
    let raw = UnsafeRawBufferPointer(utf8)
    var offset = 0
    while offset + 8 <= raw.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      if counts.afterC2 || mayHoldControlOrC2(word) {
        guard countBytes(UnsafeBufferPointer(rebasing: utf8[offset..<offset + 8]), into: &counts) else {
          return (counts.scalars, counts.controls, true)
        }
      } else {
        counts.scalars += 8 - (word & ~word << 1 & highBits).nonzeroBitCount
      }
      offset += 8
    }
    let hasNul = !countBytes(UnsafeBufferPointer(rebasing: utf8[offset...]), into: &counts)
    return (counts.scalars, counts.controls, hasNul)
  }

  /// The counts so far, and whether the last byte read was `C2` (the lead byte of the C1 controls).
  private struct ByteCounts {
    var scalars = 0
    var controls = 0
    var afterC2 = false
  }

  /// The high bit of each byte of a word.
  private static let highBits: UInt64 = 0x8080_8080_8080_8080
  /// 0x01 in each byte of a word.
  private static let lowBits: UInt64 = 0x0101_0101_0101_0101

  /// Whether `word` may hold a byte below 0x20, a DEL or a `C2`: never `false` when it does.
  private static func mayHoldControlOrC2(_ word: UInt64) -> Bool {
    func hasZeroByte(_ value: UInt64) -> Bool { (value &- lowBits) & ~value & highBits != 0 }
    let belowSpace = (word &- lowBits &* 0x20) & ~word & highBits != 0
    return belowSpace || hasZeroByte(word ^ (lowBits &* 0x7F)) || hasZeroByte(word ^ (lowBits &* 0xC2))
  }

  /// Counts `bytes` one at a time into `counts`; `false` at a NUL, which ends the count.
  private static func countBytes(_ bytes: UnsafeBufferPointer<UInt8>, into counts: inout ByteCounts) -> Bool {
    for byte in bytes {
      if byte & 0xC0 != 0x80 { counts.scalars += 1 }
      if byte < 0x20 || byte == 0x7F {
        if byte == 0 { return false }
        if byte < 0x09 || byte > 0x0D { counts.controls += 1 }
      } else if counts.afterC2 && byte <= 0x9F {
        counts.controls += 1
      }
      counts.afterC2 = byte == 0xC2
    }
    return true
  }
}
