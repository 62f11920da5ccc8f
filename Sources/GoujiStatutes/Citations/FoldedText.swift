import GoujiText

/// Text folded for matching citations, remembering where each folded character came from.
///
/// Folding maps what PDF extraction and word processors substitute back to the characters citations are written
/// with — the text layer's normalisation (``CharacterFolding``: Kangxi radicals and other compatibility ideographs to
/// ordinary ideographs, `⼆` → `二`; full-width ASCII to ASCII, `（` → `(`, `２` → `2`) — and the bracket pairs
/// `【】[]［］〖〗` to `〔〕`. White space is kept (as a plain space; zero-width characters disappear), so the matcher
/// decides where it may appear. One source character can fold to several (`㈠` → `(一)`); each keeps the
/// source character's range.
struct FoldedText {
  /// The folded characters.
  private(set) var scalars: [Unicode.Scalar] = []
  /// For each folded character, the UTF-8 offset of the source character it came from.
  private(set) var sourceStarts: [Int] = []
  /// For each folded character, the UTF-8 offset just past the source character it came from.
  private(set) var sourceEnds: [Int] = []

  init(_ text: String) {
    var offset = 0
    for scalar in text.unicodeScalars {
      let end = offset + scalar.utf8.count
      Self.fold(scalar) { folded in
        scalars.append(folded)
        sourceStarts.append(offset)
        sourceEnds.append(end)
      }
      offset = end
    }
  }

  var count: Int { scalars.count }

  subscript(index: Int) -> Unicode.Scalar { scalars[index] }

  /// The UTF-8 range in the source of the folded characters `range` (which must not be empty).
  func sourceRange(_ range: Range<Int>) -> Range<Int> {
    sourceStarts[range.lowerBound]..<sourceEnds[range.upperBound - 1]
  }

  /// The folded characters in `range` as a string.
  func string(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  /// `string` folded the same way, as a string (for names and keys compared against folded text).
  static func folded(_ string: some StringProtocol) -> String {
    var view = String.UnicodeScalarView()
    for scalar in string.unicodeScalars { fold(scalar) { view.append($0) } }
    return String(view)
  }

  /// Calls `emit` with the folded form of `scalar`, one character at a time: the text layer's normalisation
  /// (``CharacterFolding``), then the bracket pairs as `〔〕`.
  static func fold(_ scalar: Unicode.Scalar, _ emit: (Unicode.Scalar) -> Void) {
    guard let replacement = CharacterFolding.replacement(for: scalar) else { return emit(bracketFolded(scalar)) }
    for folded in replacement.unicodeScalars { emit(bracketFolded(folded)) }
  }

  /// `[]【】〖〗` as `〔〕`, the brackets citations write document numbers with (full-width `［］` arrive as ASCII).
  private static func bracketFolded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x5B, 0x3010, 0x3016: "〔"
    case 0x5D, 0x3011, 0x3017: "〕"
    default: scalar
    }
  }

  /// Whether `scalar` ends a line.
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  /// Whether `scalar` is white space that does not end a line.
  static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
    CharacterFolding.isSpace(scalar) && !isLineBreak(scalar)
  }

}
