extension NormalizedText {
  /// The characters of a view being built, with each one's source start (relative to the view's base) and width,
  /// written through pointers into storage that doubles when full, then copied once into arrays of their exact size.
  ///
  /// Appending to the view's three arrays directly costs a uniqueness and a capacity check of each array for every
  /// character, about as much as decoding and folding it; here a character costs one capacity test.
  struct Buffer: ~Copyable {
    private var scalars: UnsafeMutablePointer<Unicode.Scalar>
    private var starts: UnsafeMutablePointer<UInt32>
    private var widths: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    /// Empty storage for about `capacity` characters (at least one).
    init(capacity: Int) {
      self.capacity = max(16, capacity)
      scalars = .allocate(capacity: self.capacity)
      starts = .allocate(capacity: self.capacity)
      widths = .allocate(capacity: self.capacity)
    }

    deinit {
      scalars.deallocate()
      starts.deallocate()
      widths.deallocate()
    }

    /// Appends a character that came from the `width` source bytes at `start` (relative to the view's base).
    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar, start: UInt32, width: UInt8) {
      if count == capacity { grow() }
      (scalars + count).initialize(to: scalar)
      (starts + count).initialize(to: start)
      (widths + count).initialize(to: width)
      count += 1
    }

    private mutating func grow() {
      let larger = capacity * 2
      scalars = Buffer.moved(scalars, count: count, to: larger)
      starts = Buffer.moved(starts, count: count, to: larger)
      widths = Buffer.moved(widths, count: count, to: larger)
      capacity = larger
    }

    private static func moved<Element>(
      _ old: UnsafeMutablePointer<Element>, count: Int, to capacity: Int
    ) -> UnsafeMutablePointer<Element> {
      let new = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
      new.moveInitialize(from: old, count: count)
      old.deallocate()
      return new
    }

    /// The characters and their source ranges, counted from `base`.
    consuming func finish(base: Int) -> (scalars: [Unicode.Scalar], sourceRanges: SourceRanges) {
      let scalars = Array(UnsafeBufferPointer(start: scalars, count: count))
      let ranges = SourceRanges(
        base: base, starts: Array(UnsafeBufferPointer(start: starts, count: count)),
        widths: Array(UnsafeBufferPointer(start: widths, count: count))
      )
      return (scalars, ranges)
    }
  }
}
