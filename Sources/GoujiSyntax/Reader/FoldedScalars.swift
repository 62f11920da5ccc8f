import GoujiText

/// Folded text as scalars, with the `String` tests the section reader makes on it (`hasPrefix`, `count`), answered
/// from the scalars when every scalar is plain (``isPlain(_:)``) and by `String` otherwise.
///
/// `String` compares and counts `Character`s: it breaks graphemes and normalises, about a thousand instructions for a
/// short heading. A plain scalar is a whole character on its own, and equal as a `Character` only to itself, so on
/// plain text the scalars give the same answers.
struct FoldedScalars {
  let scalars: [Unicode.Scalar]
  /// Whether every scalar is plain.
  let isPlain: Bool

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    isPlain = scalars.allSatisfy(Self.isPlain)
  }

  /// The scalars of `string`, not folded again (`string` is already folded).
  init(folded string: some StringProtocol) { self.init(Array(string.unicodeScalars)) }

  var string: String { String(String.UnicodeScalarView(scalars)) }

  /// What `string.hasPrefix(prefix.string)` answers.
  func hasPrefix(_ prefix: FoldedScalars) -> Bool {
    isPlain && prefix.isPlain ? scalars.starts(with: prefix.scalars) : string.hasPrefix(prefix.string)
  }

  /// What `string.count` answers.
  var characterCount: Int { isPlain ? scalars.count : string.count }

  /// Whether `needle` (not empty) occurs in `scalars`: what `String.contains` answers when both are plain.
  static func occurs(_ needle: [Unicode.Scalar], in scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = needle.first, needle.count <= scalars.count else { return false }
    var index = scalars.startIndex
    while index <= scalars.endIndex - needle.count {
      if scalars[index] == first && scalars[index..<index + needle.count].elementsEqual(needle) { return true }
      index += 1
    }
    return false
  }

  /// Whether `scalar` is printable ASCII, CJK punctuation up to U+3029, a CJK unified ideograph of the basic block or
  /// a full-width form: none of these joins a neighbour into one character (none is a combining mark, a joiner, a
  /// prepended or a Hangul scalar, CR or LF), and none has a canonical decomposition.
  static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
    default: false
    }
  }
}
