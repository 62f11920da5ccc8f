extension NormalizedText {
  /// The matching view of the same range as `display`, a ``Mode/display`` view, without decoding and folding the text
  /// again: matching mode is display mode without the white space, and with the foldings label matching needs applied
  /// to the characters display mode emits (both apply ``CharacterFolding`` first, the same way).
  package init(matching display: NormalizedText) {
    let base = display.sourceRanges.first?.start ?? 0
    (scalars, sourceRanges) = NormalizedText.build(capacity: display.count, base: base, from: 0, to: display.count) {
      index, writer in
      let scalar = display.scalars[index]
      let source = display.sourceRanges[index]
      let start = UInt32(truncatingIfNeeded: source.start - base)
      let width = UInt8(truncatingIfNeeded: source.length)
      if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF {
        writer.append(scalar, start: start, width: width)
      } else {
        NormalizedText.foldNormalized(scalar, mode: .matching) { writer.append($0, start: start, width: width) }
      }
      return index + 1
    }
  }
}

extension NormalizedText {
  /// Whether the matching view of this display view (``init(matching:)``) holds one of `needles`, each folded for
  /// matching, found without making that view: where this view holds a needle's first scalar, the scalars that follow
  /// are compared as matching mode folds them, those it removes skipped. Exact when every needle starts with an
  /// ideograph of the basic block, which matching mode keeps as it is and makes from no other scalar; `true` when one
  /// does not (the view must then be made to know).
  package func matchingViewHolds(anyOf needles: [[Unicode.Scalar]]) -> Bool {
    guard needles.allSatisfy({ $0.first.map(NormalizedText.isUnifiedIdeograph) ?? false }) else { return true }
    var firsts: [Unicode.Scalar] = []
    for needle in needles where !firsts.contains(needle[0]) { firsts.append(needle[0]) }
    for index in scalars.indices where firsts.contains(scalars[index]) {
      for needle in needles where needle[0] == scalars[index] && matchesFolded(needle, at: index) { return true }
    }
    return false
  }

  /// Whether the scalars from `index` on, folded as matching mode folds them and without those it removes, start
  /// with `needle`.
  private func matchesFolded(_ needle: [Unicode.Scalar], at index: Int) -> Bool {
    var (position, matched) = (index, 0)
    while matched < needle.count {
      guard position < scalars.count else { return false }
      var folded: Unicode.Scalar?
      NormalizedText.foldNormalized(scalars[position], mode: .matching) { folded = $0 }
      position += 1
      guard let folded else { continue }
      guard folded == needle[matched] else { return false }
      matched += 1
    }
    return true
  }
}

extension NormalizedText {
  /// The ``scalars`` of the matching view of `range` of `text`, without its source ranges: a range of ASCII alone
  /// other than the characters matching mode removes or replaces (a grid's number cell, an empty cell) is folded
  /// byte by byte, without making a view (its white space removed, every other byte kept as it is, as a view keeps
  /// it); any other range is read into a view.
  package static func matchingScalars(of text: SourceText, range: TextRange) -> [Unicode.Scalar] {
    let range = text.clamp(range)
    let kept: Int? = text.bytes.withUnsafeBufferPointer { bytes in
      var kept = 0
      for index in range.start..<range.end {
        let byte = bytes[index]
        if byte >= 0x80 || isMatchingSpecialASCII(byte) { return nil }
        if !isASCIISpace(byte) { kept += 1 }
      }
      return kept
    }
    guard let kept, range.length <= SourceRanges.maximumLength else {
      return NormalizedText(text, range: range, mode: .matching).scalars
    }
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(kept)
    for byte in text.bytes[range.start..<range.end] where !isASCIISpace(byte) { scalars.append(Unicode.Scalar(byte)) }
    return scalars
  }

  /// Whether `byte` is ASCII white space, which matching mode removes (``CharacterFolding/isSpace(_:)``'s ASCII).
  @inline(__always)
  private static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }
}
