/// The UTF-8 offset at which each line of a text starts, in ascending order; the first is always 0.
///
/// Kept as `UInt32` (4 bytes a line instead of 8) while every offset fits, which is every text below 4 GiB, the
/// largest the command line and the server accept (``SourceText/maximumByteCount``); a start past that switches the
/// whole index to `Int`, so no offset is ever cut short.
package struct LineStarts: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
  enum Storage: Sendable, Hashable {
    case compact([UInt32])
    case wide([Int])
  }

  private(set) var storage: Storage

  package init() { storage = .compact([]) }

  /// Starts already kept compact (every one fits a `UInt32`).
  init(compact starts: [UInt32]) { storage = .compact(starts) }

  package init(arrayLiteral starts: Int...) {
    self.init()
    append(contentsOf: starts)
  }

  package init<Starts: Sequence<Int>>(_ starts: Starts) {
    self.init()
    append(contentsOf: starts)
  }

  package var startIndex: Int { 0 }

  package var endIndex: Int {
    switch storage {
    case .compact(let starts): starts.count
    case .wide(let starts): starts.count
    }
  }

  /// Stated rather than inherited: the collection's generic `count` measures a distance index by index in a debug
  /// build, and the line count is asked for in every line loop.
  package var count: Int { endIndex }

  package func index(after index: Int) -> Int { index + 1 }
  package func index(before index: Int) -> Int { index - 1 }

  package subscript(position: Int) -> Int {
    switch storage {
    case .compact(let starts): Int(starts[position])
    case .wide(let starts): starts[position]
    }
  }

  /// Appends `start`, which must not come before the last start.
  package mutating func append(_ start: Int) {
    switch storage {
    case .compact(var starts):
      guard let compact = UInt32(exactly: start) else {
        storage = .wide(starts.map(Int.init) + [start])
        return
      }
      storage = .compact([])  // Leaves `starts` the only reference, so appending does not copy it.
      starts.append(compact)
      storage = .compact(starts)
    case .wide(var starts):
      storage = .wide([])
      starts.append(start)
      storage = .wide(starts)
    }
  }

  package mutating func append<Starts: Sequence<Int>>(contentsOf starts: Starts) {
    for start in starts { append(start) }
  }

  package mutating func reserveCapacity(_ capacity: Int) {
    switch storage {
    case .compact(var starts):
      storage = .compact([])
      starts.reserveCapacity(capacity)
      storage = .compact(starts)
    case .wide(var starts):
      storage = .wide([])
      starts.reserveCapacity(capacity)
      storage = .wide(starts)
    }
  }

  /// Removes the last start; there must be one.
  package mutating func removeLast() {
    switch storage {
    case .compact(var starts):
      storage = .compact([])
      starts.removeLast()
      storage = .compact(starts)
    case .wide(var starts):
      storage = .wide([])
      starts.removeLast()
      storage = .wide(starts)
    }
  }

  /// Indexes are equal when their starts are, however they are stored.
  package static func == (lhs: LineStarts, rhs: LineStarts) -> Bool { lhs.elementsEqual(rhs) }

  package func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for start in self { hasher.combine(start) }
  }
}
