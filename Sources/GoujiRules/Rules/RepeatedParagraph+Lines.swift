import Foundation
import GoujiText

/// A line of prose as GJ504 reads it: its key when it is compared (long enough, no page furniture in it; `nil`
/// otherwise, and for the reset where a prose range starts) and its range without the white space around it. A piece
/// of a line cut by its block (``SentenceCuts``) has the key of its characters and says where it was cut: the line is
/// read whole from its pieces (``JoinedLine``).
///
/// Every line of prose has one, kept between runs, so it is kept in 24 bytes (`UInt32` offsets: the front ends
/// refuse a text of 4 GiB or more; the key a reference): a text of `一、x` lines has one a line, where 48 bytes each
/// were a fifth of `gouji check`'s peak memory on it.
package struct ProseLine: Sendable {
  var key: LineKey?
  /// The range's offsets.
  private var start: UInt32
  private var end: UInt32
  var cut: LineCut

  init(key: LineKey?, source: TextRange, cut: LineCut = []) {
    self.key = key
    start = UInt32(source.start)
    end = UInt32(source.end)
    self.cut = cut
  }

  /// The line's range without the white space around it.
  var source: TextRange { TextRange(start: Int(start), end: Int(end)) }
}

/// Where a piece of a line of prose was cut by its block: before it (it goes on from the previous block's last line)
/// and after it (it goes on in the next block's first line).
struct LineCut: OptionSet, Sendable {
  let rawValue: UInt8
  static let before = LineCut(rawValue: 1)
  static let after = LineCut(rawValue: 2)
}

/// A line of prose cut into pieces by the blocks (GJ504 reads it as one line): where its pieces are (block, line),
/// its range and its characters.
struct JoinedLine {
  var pieces: [(block: Int, line: Int)]
  var source: TextRange
  var characters: Int

  /// The lines cut into pieces in `partials`, in text order: each from a piece cut after it to the next piece cut
  /// before it and not after it.
  static func all(in partials: [ProseLines]) -> [JoinedLine] {
    var joined: [JoinedLine] = []
    var open: JoinedLine?
    for (block, lines) in partials.enumerated() where lines.hasCuts {
      for index in lines.lines.indices where !lines.lines[index].cut.isEmpty {
        let (cut, source) = (lines.lines[index].cut, lines.source(index))
        let characters = lines.lines[index].key?.scalars.count ?? 0
        // Taken out of `open` while it grows: a copy left there made each piece appended copy the pieces before it,
        // a flattened text's line cut into 500 blocks costing 0.5 M instructions per edit.
        if var line = open.take(), cut.contains(.before) {
          line.pieces.append((block, index))
          line.source = TextRange(start: line.source.start, end: source.end)
          line.characters += characters
          open = line
        } else {
          open = JoinedLine(pieces: [(block, index)], source: source, characters: characters)
        }
        if !cut.contains(.after), let line = open {
          joined.append(line)
          open = nil
        }
      }
    }
    return joined
  }
}

/// The lines of prose of one block (GJ504's partial result), each `delta` bytes from where it was read: a block the
/// edits moved whole adds to `delta` and keeps its lines, shared with the previous analysis, as they are (moving
/// each line copied the block's lines, a retain of each key, for the 4,800 lines of a 1 MB narrative on every edit).
package struct ProseLines: Sendable {
  var lines: [ProseLine]
  var delta = 0
  /// Whether a line is cut by the block (``ProseLine/cut``).
  var hasCuts = false

  /// Where the line at `index` is now.
  func source(_ index: Int) -> TextRange {
    lines[index].source.shifted(by: delta)
  }
}

/// A line's characters and their hash, made once when the line is read: the lines of the blocks an edit did not
/// touch are compared again after every edit, and hashing their characters was most of the rule's time. A reference,
/// so that a line without a key takes 8 bytes for it (``ProseLine``).
final class LineKey: Sendable {
  let scalars: [Unicode.Scalar]
  let hash: Int

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
