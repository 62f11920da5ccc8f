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
