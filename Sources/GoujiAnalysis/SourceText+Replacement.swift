import GoujiText

extension SourceText {
  /// One edit that turns this text into `other`: the span between their common prefix and common suffix, its ends
  /// on character boundaries and never between the CR and the LF of a line end (no position names that place).
  func replacement(to other: SourceText) -> TextEdit {
    let old = bytes
    let new = other.bytes
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    prefix = backedOff(prefix)
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    while suffix > 0, backedOff(old.count - suffix) != old.count - suffix { suffix -= 1 }
    let range = TextRange(start: prefix, end: old.count - suffix)
    return TextEdit(range: range, newText: String(decoding: new[prefix..<(new.count - suffix)], as: UTF8.self))
  }

  /// `offset` moved back to a character boundary that does not split a CRLF.
  private func backedOff(_ offset: Int) -> Int {
    var index = scalarBoundary(atOrBefore: offset)
    if index > 0, index < bytes.count, bytes[index - 1] == UInt8(ascii: "\r"), bytes[index] == UInt8(ascii: "\n") {
      index -= 1
    }
    return index
  }
}
