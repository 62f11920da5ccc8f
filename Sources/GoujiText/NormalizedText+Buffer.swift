extension NormalizedText {
  /// Where a view being built writes its characters, each one's source start (relative to the view's base) and width:
  /// pointers into the storage of the arrays the view will keep, so a character costs one capacity test.
  ///
  /// Appending to the view's three arrays directly costs a uniqueness and a capacity check of each array for every
  /// character, about as much as decoding and folding it.
  struct Writer {
    private let scalars: UnsafeMutablePointer<Unicode.Scalar>
    private let starts: UnsafeMutablePointer<UInt32>
    private let widths: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// The characters written.
    fileprivate(set) var count: Int
    /// Whether a character did not fit: it was dropped, and so was every one after it.
    fileprivate(set) var isFull = false

    fileprivate init(_ storage: Storage.Pointers, capacity: Int, count: Int) {
      (scalars, starts, widths) = storage
      self.capacity = capacity
      self.count = count
    }

    /// Appends a character that came from the `width` source bytes at `start` (relative to the view's base).
    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar, start: UInt32, width: UInt8) {
      guard count < capacity else {
        isFull = true
        return
      }
      (scalars + count).initialize(to: scalar)
      (starts + count).initialize(to: start)
      (widths + count).initialize(to: width)
      count += 1
    }
  }

  /// The characters and their source ranges (counted from `base`) that `step` writes for the source positions from
  /// `start` to `end`: given a position, `step` writes the characters of the source character there and returns the
  /// next position. Storage starts at `capacity` characters and doubles whenever a position's characters do not fit
  /// (they are written again into the larger storage).
  ///
  /// A long view keeps the arrays it was written into, without a copy to their exact size: the copy held every long
  /// view twice at its peak (9 bytes a character, doubled), and their unwritten tail is memory the process never
  /// touched. A view of fewer than ``exactCopyLimit`` characters is copied to its exact size, as every view was before,
  /// since short views are the ones kept by the thousand.
  ///
  /// A view whose first guess is below ``exactCopyLimit`` is written into ``Scratch`` memory instead and copied to its
  /// arrays once: `Array(unsafeUninitializedCapacity:)` allocates through the standard library's unspecialised code,
  /// which asks the runtime for the array's storage type by a generic metadata look-up each time (about 690
  /// instructions an array, three arrays a view, twice for a short one), while a copy into a new array is specialised.
  @inline(__always)
  static func build(
    capacity: Int, base: Int, from start: Int, to end: Int, _ step: (Int, inout Writer) -> Int
  ) -> (scalars: [Unicode.Scalar], sourceRanges: SourceRanges) {
    var capacity = max(16, capacity)
    var position = start
    /// Writes the characters from `position` on until the end or until the next position's characters do not fit.
    func fill(_ writer: inout Writer) {
      while position < end {
        let written = writer.count
        let next = step(position, &writer)
        if writer.isFull {
          writer.count = written
          writer.isFull = false
          return
        }
        position = next
      }
    }
    if capacity < exactCopyLimit {
      var scratch = Scratch(capacity: capacity)
      defer { scratch.deallocate() }
      while true {
        scratch.fill(fill)
        if position >= end { break }
        capacity *= 2
        scratch.grow(to: capacity)
      }
      return scratch.arrays(base: base)
    }
    var storage = Storage()
    while true {
      storage = Storage(copying: &storage, capacity: capacity, fill)
      if position >= end { break }
      capacity *= 2
    }
    if storage.scalars.isEmpty {
      storage = Storage()
    } else if storage.scalars.count < exactCopyLimit && storage.scalars.capacity > storage.scalars.count {
      storage = Storage(copying: &storage, capacity: storage.scalars.count) { _ in }
    }
    let ranges = SourceRanges(base: base, starts: storage.starts, widths: storage.widths)
    return (storage.scalars, ranges)
  }

  /// The length below which a view's arrays are copied to their exact size.
  static let exactCopyLimit = 1 << 14

  /// The three arrays of a view being built.
  struct Storage {
    /// Where a ``Writer`` writes into a ``Storage``.
    fileprivate typealias Pointers = (
      UnsafeMutablePointer<Unicode.Scalar>, UnsafeMutablePointer<UInt32>, UnsafeMutablePointer<UInt8>
    )

    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var starts: [UInt32] = []
    private(set) var widths: [UInt8] = []

    init() {}

    /// Storage for `capacity` characters holding those of `old` (at most `capacity`), which is emptied as soon as they
    /// are copied so both are never held whole at once, then the characters `fill` writes after them.
    @inline(__always)
    init(copying old: inout Storage, capacity: Int, _ fill: (inout Writer) -> Void) {
      var starts: [UInt32] = []
      var widths: [UInt8] = []
      scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { scalarBuffer, scalarCount in
        starts = [UInt32](unsafeUninitializedCapacity: capacity) { startBuffer, startCount in
          widths = [UInt8](unsafeUninitializedCapacity: capacity) { widthBuffer, widthCount in
            let kept = old.scalars.count
            _ = scalarBuffer.initialize(fromContentsOf: old.scalars)
            _ = startBuffer.initialize(fromContentsOf: old.starts)
            _ = widthBuffer.initialize(fromContentsOf: old.widths)
            old = Storage()
            let pointers = (scalarBuffer.baseAddress!, startBuffer.baseAddress!, widthBuffer.baseAddress!)
            var writer = Writer(pointers, capacity: capacity, count: kept)
            fill(&writer)
            (scalarCount, startCount, widthCount) = (writer.count, writer.count, writer.count)
          }
        }
      }
      self.starts = starts
      self.widths = widths
    }
  }

  /// Memory a short view is written into before its arrays are made (``build(capacity:base:from:to:_:)``): plain
  /// allocations, which need no type metadata.
  struct Scratch {
    private var scalars: UnsafeMutablePointer<Unicode.Scalar>
    private var starts: UnsafeMutablePointer<UInt32>
    private var widths: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The characters written.
    private var count = 0

    init(capacity: Int) {
      self.capacity = capacity
      scalars = .allocate(capacity: capacity)
      starts = .allocate(capacity: capacity)
      widths = .allocate(capacity: capacity)
    }

    /// Lets `fill` write after the characters already written.
    @inline(__always)
    mutating func fill(_ fill: (inout Writer) -> Void) {
      var writer = Writer((scalars, starts, widths), capacity: capacity, count: count)
      fill(&writer)
      count = writer.count
    }

    /// Moves the characters written into memory for `newCapacity` characters.
    mutating func grow(to newCapacity: Int) {
      let old = self
      self = Scratch(capacity: newCapacity)
      count = old.count
      scalars.moveInitialize(from: old.scalars, count: count)
      starts.moveInitialize(from: old.starts, count: count)
      widths.moveInitialize(from: old.widths, count: count)
      old.deallocate()
    }

    /// The characters written, in arrays of their exact size.
    func arrays(base: Int) -> (scalars: [Unicode.Scalar], sourceRanges: SourceRanges) {
      let ranges = SourceRanges(
        base: base, starts: Array(UnsafeBufferPointer(start: starts, count: count)),
        widths: Array(UnsafeBufferPointer(start: widths, count: count)))
      return (Array(UnsafeBufferPointer(start: scalars, count: count)), ranges)
    }

    func deallocate() {
      scalars.deallocate()
      starts.deallocate()
      widths.deallocate()
    }
  }
}
