import GoujiText

extension LineBlocks {
  /// These blocks, cut inside long lines (``cutsLines``), as the blocks of whole lines, when they cut no line (every
  /// block ends at a line start or at the text's end): the blocks of whole lines made from the same text, or after
  /// an edit from the same previous blocks, are then the same, so the engine does not make them again (making them
  /// walked every block of a 1 MB report after every edit); `nil` when a block ends inside a line.
  func asWholeLines(in text: SourceText) -> LineBlocks? {
    guard cutsLines else { return self }
    guard ranges.allSatisfy({ text.isLineStart($0.end) }) else { return nil }
    var whole = self
    whole.cutsLines = false
    return whole
  }
}
