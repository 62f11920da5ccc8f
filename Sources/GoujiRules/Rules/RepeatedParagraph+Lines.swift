import Foundation
import GoujiText

/// A line of prose as GJ504 reads it: its key when it is compared (long enough, no page furniture in it; `nil`
/// otherwise, and for the reset where a prose range starts) and its range without the white space around it.
package struct ProseLine: Sendable {
  var key: LineKey?
  var source: TextRange
}

/// The lines of prose of one block (GJ504's partial result), each `delta` bytes from where it was read: a block the
/// edits moved whole adds to `delta` and keeps its lines, shared with the previous analysis, as they are (moving
/// each line copied the block's lines, a retain of each key, for the 4,800 lines of a 1 MB narrative on every edit).
package struct ProseLines: Sendable {
  var lines: [ProseLine]
  var delta = 0

  /// Where the line at `index` is now.
  func source(_ index: Int) -> TextRange {
    lines[index].source.shifted(by: delta)
  }
}

/// A line's characters and their hash, made once when the line is read: the lines of the blocks an edit did not
/// touch are compared again after every edit, and hashing their characters was most of the rule's time.
struct LineKey: Sendable {
  var scalars: [Unicode.Scalar]
  var hash: Int

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    var hasher = Hasher()
    scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
    hash = hasher.finalize()
  }

  /// Whether `other` has the same characters: the hashes first, then the bytes compared by `memcmp` (long repeated
  /// lines are compared on every edit, and comparing them scalar by scalar was most of the combination's time).
  func isSame(as other: LineKey) -> Bool {
    guard hash == other.hash, scalars.count == other.scalars.count else { return false }
    return scalars.withUnsafeBytes { mine in
      other.scalars.withUnsafeBytes { theirs in
        mine.count == 0 || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
      }
    }
  }
}
