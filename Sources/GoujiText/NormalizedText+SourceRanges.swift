extension NormalizedText {
  /// The source range of each normalised character, stored compactly: every one is a single source character
  /// (one to four UTF-8 bytes), kept as its start relative to the view's first byte (`UInt32`) and its width
  /// (`UInt8`): 5 bytes a character instead of the 16 of a ``TextRange``. A view covers at most
  /// ``maximumLength`` bytes, so the relative starts always fit.
  package struct SourceRanges: RandomAccessCollection, Equatable, Sendable {
    /// The longest source range a view can cover (the relative starts are `UInt32`).
    static let maximumLength = Int(UInt32.max)

    /// The source offset the relative starts count from.
    private let base: Int
    private let starts: [UInt32]
    private let widths: [UInt8]

    /// The ranges whose starts (relative to `base`, each within ``maximumLength`` bytes after it) and widths are given.
    init(base: Int, starts: [UInt32], widths: [UInt8]) {
      self.base = base
      self.starts = starts
      self.widths = widths
    }

    /// The ranges of `parts`, views of adjacent stretches of one text in text order, one after another, counted
    /// from the first one's base (together they cover at most ``maximumLength`` bytes).
    init(joining parts: some Collection<SourceRanges>) {
      let base = parts.first?.base ?? 0
      var starts: [UInt32] = []
      var widths: [UInt8] = []
      let count = parts.reduce(0) { $0 + $1.count }
      starts.reserveCapacity(count)
      widths.reserveCapacity(count)
      for part in parts {
        let shift = UInt32(part.base - base)
        starts += part.starts.lazy.map { $0 + shift }
        widths += part.widths
      }
      self.init(base: base, starts: starts, widths: widths)
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { starts.count }

    package subscript(position: Int) -> TextRange {
      let start = base + Int(starts[position])
      return TextRange(start: start, end: start + Int(widths[position]))
    }

    /// Ranges are equal when they cover the same source characters, whatever offset they count from.
    package static func == (lhs: SourceRanges, rhs: SourceRanges) -> Bool { lhs.elementsEqual(rhs) }
  }
}
