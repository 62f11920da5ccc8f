import GoujiText

/// Flattened text glues counts written with thousands separators to the next cell (`5,0493,0443,1944,1932,635`,
/// `341,451` for 34·1,451): such a run is split like any glued run, but only into well-formed counts
/// (``PieceValidity``), and only where the row shares its line with the next label (text that keeps no line per row).
/// Elsewhere a count with separators stays one cell, and a run that is not one is no value.
extension CellExtractor {
  /// Whether `segment` (a row's values, up to the next label) lies on one line: the row shares its line with the
  /// next row or heading, as flattened text writes it.
  func isOnOneLine(_ segment: TextRange) -> Bool {
    let line = text.line(containing: segment.start)
    return segment.end <= lines[line].range.end
  }

  /// A token as a glued run is split: a token written with thousands separators keeps its commas, which say where
  /// it may be cut (its cell reads as the digits again, ``GluedRow/value(_:)``).
  func keepingSeparators(_ token: RawCell) -> RawCell {
    guard isGrouped(token) else { return token }
    return RawCell(text: CharacterFolding.normalizeAndTrim(text[token.range]), range: token.range)
  }
}
