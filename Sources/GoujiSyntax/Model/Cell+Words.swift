/// What reports write in a numeric cell instead of a number. Practice, not the format: the national formats
/// (国办公开办函〔2019〕60号, 〔2021〕30号) ask for numbers in every cell and say nothing of these.
extension Cell {
  /// `无` ("none"): the cell says there were none, so its value is 0. The cell keeps its written text and range
  /// (GJ306 still says it is not a number); the sums read it as 0.
  package static let noneWord = "无"

  /// `〇`, the Chinese numeral zero, which a Chinese input method offers for `0`: like `无`, the cell keeps its
  /// written text and range and counts as 0 (GJ306 says it is not a number in the format's sense).
  package static let zeroNumeral = "〇"

  /// Whether a cell's (normalised) text is a word that counts as 0: `无` or `〇`.
  package static func countsAsZero(_ text: String) -> Bool { text == noneWord || text == zeroNumeral }

  /// Whether a cell's (normalised) text is a dash or a slash alone (`-`, `—`, `——`, `–`, `/`; `－` and `／`
  /// normalise to `-` and `/`): a mark that nothing is written, read as an empty cell, whose range is the mark's.
  package static func isPlaceholder(_ text: String) -> Bool {
    !text.isEmpty && text.unicodeScalars.count <= 3 && text.unicodeScalars.allSatisfy(placeholderScalars.contains)
  }

  /// The dashes a cell may be written with for nothing, after normalisation (`－` is `-`).
  package static let dashScalars: Set<Unicode.Scalar> = ["-", "—", "–", "―"]

  /// The dashes and slashes of ``isPlaceholder(_:)``, after normalisation (``dashScalars`` and `/`) and before it.
  package static let placeholderScalars: Set<Unicode.Scalar> = dashScalars.union(["/", "－", "／"])
}
