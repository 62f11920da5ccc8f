/// A value written with a mark after it for a note under the table (`87*`, `399②`, `12注`). Practice, not the
/// format: the national formats (国办公开办函〔2019〕60号, 〔2021〕30号) ask for numbers in every cell.
extension Cell {
  /// The footnote mark ending `text` when `text` is a whole number (ASCII digits) followed by one mark: `*` (`＊`
  /// folds to it), `※`, `注`, or a circled number `①`–`⑳` (which stays as written: `CharacterFolding`). `nil`
  /// otherwise. Such a cell is read as written and is no number: its mark is no digit.
  package static func footnoteMark(of text: String) -> Unicode.Scalar? {
    let scalars = text.unicodeScalars
    guard scalars.count > 1, let mark = scalars.last, isFootnoteMark(mark),
      scalars.dropLast().allSatisfy({ ("0"..."9").contains($0) })
    else { return nil }
    return mark
  }

  /// The marks of ``footnoteMark(of:)``.
  private static func isFootnoteMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "*" || scalar == "※" || scalar == "注" || (0x2460...0x2473).contains(scalar.value)
  }
}
