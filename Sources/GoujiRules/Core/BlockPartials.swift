import GoujiSyntax
import GoujiText

/// A regional rule's partial results, one per block of its ``LineBlocks``, kept in chunks shared between runs: each
/// piece of the list is a stretch of one chunk's results with the delta added when one is read
/// (``RegionalRule/shifted(_:by:)``). After an edit the blocks it moved whole keep their chunks, shared with the
/// previous run, and only the pieces' deltas change: carrying them over costs a piece per chunk, not a copy of every
/// block's result (a copy and a retain of each of a 1 MB report's 500 blocks' results, for ten rules, on every
/// edit). Each chunk knows which of its results found something (``RegionalRule/isEmpty(_:)``), so a combination
/// reads those only (``found``).
package struct BlockPartials<Rule: RegionalRule>: RandomAccessCollection, Sendable {
  /// The pieces of the list, in order.
  private var pieces: [Piece]
  /// How many blocks there are.
  private var total: Int

  /// Blocks from `start` to the next run's start, all `delta` bytes from where their partial results were kept.
  package struct Run: Sendable, Equatable {
    package var start: Int
    package var delta: Int
  }

  /// The most runs of one delta kept: after more (edits in as many places, each leaving its own delta after it),
  /// every partial result is shifted once and the chunks are made afresh, so the pieces stay few.
  package static var runLimit: Int { 16 }

  /// The most blocks a chunk holds: a run copies a piece per chunk (about 16 for a 1 MB report's 500 blocks) and
  /// reads again a chunk's list of results that found something for each piece.
  static var chunkSize: Int { 32 }

  /// Partial results as found, none moved.
  init(_ values: [Rule.Partial]) {
    var builder = Builder()
    for value in values { builder.appendFresh(value) }
    self = builder.finished()
  }

  private init(pieces: [Piece], total: Int) {
    self.pieces = pieces
    self.total = total
  }

  package var startIndex: Int { 0 }
  package var endIndex: Int { total }

  /// The runs of blocks with one delta, in order, the first from block 0: each reaches the next one's start.
  package var runs: [Run] {
    var runs: [Run] = []
    for piece in pieces where runs.last?.delta != piece.delta {
      runs.append(Run(start: piece.start, delta: piece.delta))
    }
    return runs.isEmpty ? [Run(start: 0, delta: 0)] : runs
  }

  /// How many pieces the list is kept in: for tests and measurements.
  package var pieceCount: Int { pieces.count }

  /// How many partial results the chunks of the pieces hold, each chunk counted once: for tests and measurements.
  package var keptCount: Int {
    var chunks = Set<ObjectIdentifier>()
    return pieces.reduce(0) { total, piece in
      chunks.insert(ObjectIdentifier(piece.chunk)).inserted ? total + piece.chunk.keptCount : total
    }
  }

  /// How many of the pieces are stretches of chunks `other` keeps too (carried over from it): for tests.
  package func piecesSharingChunks(with other: BlockPartials) -> Int {
    let chunks = Set(other.pieces.map { ObjectIdentifier($0.chunk) })
    return pieces.count { chunks.contains(ObjectIdentifier($0.chunk)) }
  }

  /// The partial result of block `position`, moved by its piece's delta.
  package subscript(position: Int) -> Rule.Partial {
    let piece = pieces.count == 1 ? pieces[0] : pieces[pieces.partitionPoint { $0.start <= position } - 1]
    return piece.value(at: piece.range.lowerBound + position - piece.start)
  }

  /// Reads the partial results in order, piece by piece.
  package func makeIterator() -> Iterator {
    Iterator(pieces: pieces)
  }

  /// The partial results in order, each moved by its piece's delta.
  package struct Iterator: IteratorProtocol {
    fileprivate let pieces: [Piece]
    fileprivate var piece = 0
    fileprivate var index = 0

    package mutating func next() -> Rule.Partial? {
      while piece < pieces.count {
        let range = pieces[piece].range
        if index < range.lowerBound { index = range.lowerBound }
        if index < range.upperBound {
          defer { index += 1 }
          return pieces[piece].value(at: index)
        }
        piece += 1
        index = 0
      }
      return nil
    }
  }

  /// The partial results that found something (``RegionalRule/isEmpty(_:)`` is false), in order, with their
  /// blocks' positions: a combination that joins the results reads these, and a block that found nothing (most of a
  /// long narrative's, for most rules) is not read at all.
  package var found: Found {
    Found(pieces: pieces)
  }

  /// How many partial results found something (``found``'s count), counted from each piece's chunk's list.
  package var foundCount: Int {
    pieces.reduce(0) { total, piece in
      let found = piece.chunk.found
      let range = piece.range
      return total + found.partitionPoint { $0 < range.upperBound } - found.partitionPoint { $0 < range.lowerBound }
    }
  }

  /// ``found``, read chunk by chunk from each chunk's list of results that found something.
  package struct Found: Sequence {
    fileprivate let pieces: [Piece]

    package func makeIterator() -> FoundIterator {
      FoundIterator(pieces: pieces)
    }
  }

  /// Reads ``found``: for each piece, its chunk's results that found something within its range.
  package struct FoundIterator: IteratorProtocol {
    fileprivate let pieces: [Piece]
    fileprivate var piece = -1
    /// The next index in the current piece's chunk's ``Chunk/found``, and where the piece's ends there.
    fileprivate var nextFound = 0
    fileprivate var endFound = 0

    package mutating func next() -> (position: Int, partial: Rule.Partial)? {
      while nextFound >= endFound {
        piece += 1
        guard piece < pieces.count else { return nil }
        let (found, range) = (pieces[piece].chunk.found, pieces[piece].range)
        nextFound = found.partitionPoint { $0 < range.lowerBound }
        endFound = found.partitionPoint { $0 < range.upperBound }
      }
      let current = pieces[piece]
      let index = current.chunk.found[nextFound]
      defer { nextFound += 1 }
      return (current.start + index - current.range.lowerBound, current.foundValue(at: nextFound))
    }
  }

  /// The partial results of `blocks` after `change` (`nil`: a first run): a stretch of blocks that were previous
  /// blocks, moved whole by one shift, keeps `previous`'s chunks, the shift added to their pieces' deltas; a previous
  /// block moved otherwise has its partial result moved with `change`; the other blocks are read. Also how many
  /// blocks were read.
  static func carried(
    _ context: RuleContext, in blocks: LineBlocks, previous: BlockPartials?, after change: ReadingChange?
  ) -> (partials: BlockPartials, read: Int) {
    var builder = Builder()
    var read = 0
    for stretch in blocks.stretches {
      let count = stretch.positions.count
      if let previous, let first = stretch.previous, first + count <= previous.count {
        if let shift = stretch.shift {
          builder.append(previous, first..<first + count, shiftedBy: shift)
        } else {
          for index in first..<first + count {
            builder.appendFresh(Rule.moved(previous[index], by: { change?.move($0) ?? $0 }))
          }
        }
      } else {
        for position in stretch.positions { builder.appendFresh(Rule.partial(context, in: blocks.ranges[position])) }
        read += count
      }
    }
    let carried = builder.finished()
    return (carried.isFragmented ? BlockPartials(Array(carried)) : carried, read)
  }

  /// Whether the pieces are many more than the chunks the blocks need (edits in many places each leave a piece or
  /// two more), or their deltas more than ``runLimit`` runs: then the chunks are made afresh.
  private var isFragmented: Bool {
    pieces.count > (total + Self.chunkSize - 1) / Self.chunkSize + 2 * Self.runLimit || runs.count > Self.runLimit
  }
}

extension BlockPartials {
  /// Partial results kept together, shared by the runs that keep them: the results and which found something. For a
  /// rule whose empty results are alike (``RegionalRule/emptyPartialsAreAlike``) only the results that found
  /// something are kept, with one empty result for the others (a long text of blank lines kept GJ503's empty piece
  /// of some 100 bytes for each of its tens of thousands of blocks).
  fileprivate final class Chunk: Sendable {
    /// The results: every one, or only those that found something when ``empty`` stands for the others.
    private let values: [Rule.Partial]
    /// The indices of the results that found something, in order.
    let found: [Int]
    /// Whether ``values`` holds every result, not only those that found something.
    private let keepsEveryResult: Bool
    /// The result of every index not in ``found``, when only the results that found something are in ``values``.
    private let empty: Rule.Partial?

    init(_ values: [Rule.Partial]) {
      let found = values.indices.filter { !Rule.isEmpty(values[$0]) }
      self.found = found
      keepsEveryResult = !Rule.emptyPartialsAreAlike || found.count == values.count
      if keepsEveryResult {
        empty = nil
        self.values = values
      } else {
        empty = values[found.indices.first { found[$0] != $0 } ?? found.count]
        self.values = found.map { values[$0] }
      }
    }

    /// How many results the chunk holds: the empty one standing for the others counts once.
    var keptCount: Int { values.count + (keepsEveryResult ? 0 : 1) }

    /// The result at `index`.
    @inline(__always)
    func value(at index: Int) -> Rule.Partial {
      if keepsEveryResult { return values[index] }
      let position = found.partitionPoint { $0 < index }
      return position < found.count && found[position] == index ? values[position] : empty!
    }

    /// The result at `found[position]` (reading the flag, not the optional, which copied the empty result).
    @inline(__always)
    func foundValue(at position: Int) -> Rule.Partial {
      keepsEveryResult ? values[found[position]] : values[position]
    }
  }

  /// A stretch of a chunk's results, block `start` and on, each `delta` bytes from where it is kept.
  fileprivate struct Piece: Sendable {
    var chunk: Chunk
    var range: Range<Int>
    var start: Int
    var delta: Int

    /// The chunk's result at `index`, moved by the delta.
    func value(at index: Int) -> Rule.Partial {
      moved(chunk.value(at: index))
    }

    /// The chunk's result at `chunk.found[position]`, moved by the delta.
    func foundValue(at position: Int) -> Rule.Partial {
      moved(chunk.foundValue(at: position))
    }

    private func moved(_ value: Rule.Partial) -> Rule.Partial {
      delta == 0 ? value : Rule.shifted(value, by: delta)
    }
  }

  /// Makes a list piece by piece: pieces of earlier lists as they are, and results read or moved afresh, gathered
  /// into new chunks.
  fileprivate struct Builder {
    var pieces: [Piece] = []
    var total = 0
    /// Results read or moved afresh, not yet in a chunk.
    var fresh: [Rule.Partial] = []

    /// Appends a result read or moved afresh.
    mutating func appendFresh(_ value: Rule.Partial) {
      fresh.append(value)
      if fresh.count == BlockPartials.chunkSize { flush() }
    }

    /// Appends the results of `source`'s blocks `range`, each `shift` bytes further than it is there.
    mutating func append(_ source: BlockPartials, _ range: Range<Int>, shiftedBy shift: Int) {
      guard !range.isEmpty else { return }
      flush()
      var index = source.pieces.partitionPoint { $0.start <= range.lowerBound } - 1
      while index < source.pieces.count, source.pieces[index].start < range.upperBound {
        var piece = source.pieces[index]
        let pieceEnd = piece.start + piece.range.count
        let (from, to) = (Swift.max(piece.start, range.lowerBound), Swift.min(pieceEnd, range.upperBound))
        piece.range = piece.range.lowerBound + from - piece.start..<piece.range.lowerBound + to - piece.start
        piece.start = total
        piece.delta += shift
        appendPiece(piece)
        index += 1
      }
    }

    /// Appends `piece`, joined to the last one when it goes on in the same chunk with the same delta.
    private mutating func appendPiece(_ piece: Piece) {
      total += piece.range.count
      if let last = pieces.last, last.chunk === piece.chunk, last.delta == piece.delta,
        last.range.upperBound == piece.range.lowerBound
      {
        pieces[pieces.count - 1].range = last.range.lowerBound..<piece.range.upperBound
        return
      }
      pieces.append(piece)
    }

    /// The fresh results made a chunk of their own.
    private mutating func flush() {
      guard !fresh.isEmpty else { return }
      appendPiece(Piece(chunk: Chunk(fresh), range: 0..<fresh.count, start: total, delta: 0))
      fresh.removeAll(keepingCapacity: true)
    }

    /// The list made.
    mutating func finished() -> BlockPartials {
      flush()
      return BlockPartials(pieces: pieces, total: total)
    }
  }
}
