/// The marks a glued run of table 三 or 四 may be cut into: cells written `—`, `——`, `-`, `/`, `无` or `〇` for
/// nothing, glued to each other or to a count in flattened text (`-—-` is `-`·`—`·`-`; `——5` is `——`·`5` or
/// `—`·`—`·`5`).
///
/// A mark is one kind of character: `无`, `〇` or a slash alone, or one or two of the same dash (`—`, `——`, `-`, `--`).
/// So a run is cut wherever its character changes (`-—-`, unambiguous), and a run of one dash (`———`) may be cut
/// more than one way: the balancing rules choose its number of cells, and a run whose cells they cannot place
/// (`—`·`——` or `——`·`—`, the same values) leaves its row undecided, never read one way. A mark is never read as
/// a digit: no piece holds both. Marks count as 0 in the sums, like a read cell's (``Cell/arithmeticValue``).
enum MarkPieces {
  /// Whether `scalars` is one mark cut from a run: `无`, `〇`, `/`, or one or two of the same dash.
  static func isMark(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = scalars.first, scalars.allSatisfy({ $0 == first }) else { return false }
    if dashes.contains(first) { return scalars.count <= 2 }
    return scalars.count == 1 && (first == "/" || first == noneScalar || first == zeroScalar)
  }

  /// Whether a longer piece starting with `scalars` could still be a mark (a dash that may be doubled).
  static func canGrow(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    scalars.count == 1 && scalars.first.map(dashes.contains) == true
  }

  /// Whether a whole token of marks is one cell as written: a mark, or a run of at most three of one dash (`---`),
  /// which a cell alone reads as a mark (``Cell/isPlaceholder(_:)``); a token mixing marks (`-—-`) is always cut.
  static func isWholeMark(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = scalars.first, scalars.allSatisfy({ $0 == first }) else { return false }
    return isMark(scalars) || dashes.contains(first) && scalars.count <= 3
  }

  /// Whether a token can be cut into marks and values: it holds a mark character and nothing but marks, digits and
  /// the characters a value may hold (``PieceValidity/isSplittable(_:)``), and more than one character.
  static func isCuttable(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
    var hasMark = false
    for scalar in scalars {
      if markScalars.contains(scalar) {
        hasMark = true
      } else if !PieceValidity.isDigit(scalar) && !valueScalars.contains(scalar) {
        return false
      }
    }
    return hasMark && scalars.count > 1
  }

  /// A split value as the sums count it: a mark for nothing or `无` is 0, as in a read cell; otherwise its whole
  /// number (`1,234` too), `nil` when it is not one.
  static func countedValue(_ text: String) -> Int? {
    if text.isEmpty || Cell.isPlaceholder(text) || Cell.countsAsZero(text) { return 0 }
    return CellValueParser.integer(GroupedNumber.digits(text) ?? text)
  }

  /// ``countedValue(_:)`` of a piece's characters.
  static func countedValue(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    isWholeMark(scalars) ? 0 : PieceValidity.integer(scalars)
  }

  /// The dashes of ``Cell/isPlaceholder(_:)`` after normalisation.
  private static let dashes = Cell.dashScalars
  private static let noneScalar: Unicode.Scalar = "无"
  private static let zeroScalar: Unicode.Scalar = "〇"
  private static let markScalars: Set<Unicode.Scalar> = dashes.union(["/", noneScalar, zeroScalar])
  /// The characters besides digits a value cut from a run may hold (signs, decimals, separators, units).
  private static let valueScalars = Set("+.,元万".unicodeScalars)
}
