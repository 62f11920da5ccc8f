extension NormalizedText {
  /// The matching view of the same range as `display`, a ``Mode/display`` view, without decoding and folding the text
  /// again: matching mode is display mode without the white space, and with the foldings label matching needs applied
  /// to the characters display mode emits (both apply ``CharacterFolding`` first, the same way).
  package init(matching display: NormalizedText) {
    // No capacity reserved: white space, all of some texts, disappears.
    self.init(base: display.sourceRanges.first?.start ?? 0)
    for index in 0..<display.count {
      let scalar = display.scalars[index]
      if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF {
        scalars.append(scalar)
        sourceRanges.append(display.sourceRanges[index])
        continue
      }
      NormalizedText.foldNormalized(scalar, mode: .matching) { folded in
        scalars.append(folded)
        sourceRanges.append(display.sourceRanges[index])
      }
    }
  }
}
