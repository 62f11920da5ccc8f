extension SectionReader {
  /// The heading candidates of a text, in text order: those at line starts kept in chunks of a fixed size, and the
  /// few found inside long lines merged in as they are iterated. A text of `一、x` lines has a candidate a line: an
  /// array grown by appending held room for up to twice their number, and three times their number while it grew.
  struct Candidates: Sequence {
    /// The candidates at line starts, in text order, `chunkSize` to a chunk (the last one filling up).
    private var chunks: [[Candidate]] = []
    /// The candidates inside lines, in text order.
    private var inline: [Candidate] = []
    private static let chunkSize = 1024

    /// Adds a candidate at a line start after those added before.
    mutating func append(_ candidate: Candidate) {
      if chunks.last.map({ $0.count == Self.chunkSize }) ?? true {
        var chunk: [Candidate] = []
        chunk.reserveCapacity(Self.chunkSize)
        chunks.append(chunk)
      }
      chunks[chunks.count - 1].append(candidate)
    }

    /// Adds candidates found inside lines, in any order.
    mutating func insert(_ found: [Candidate]) {
      inline = (inline + found).sorted { $0.heading.range.start < $1.heading.range.start }
    }

    func makeIterator() -> Iterator {
      var lineStarts = chunks.joined().makeIterator()
      let first = lineStarts.next()
      return Iterator(atLineStarts: first, rest: lineStarts, inline: inline)
    }

    /// The candidates at line starts and inside lines merged by position, a line's first where both start alike.
    struct Iterator: IteratorProtocol {
      /// The next candidate at a line start, and those after it.
      fileprivate var atLineStarts: Candidate?
      fileprivate var rest: FlattenSequence<[[Candidate]]>.Iterator
      fileprivate let inline: [Candidate]
      fileprivate var inlineIndex = 0

      mutating func next() -> Candidate? {
        let nextInline = inlineIndex < inline.count ? inline[inlineIndex] : nil
        if let candidate = atLineStarts,
          nextInline.map({ candidate.heading.range.start <= $0.heading.range.start }) ?? true
        {
          atLineStarts = rest.next()
          return candidate
        }
        inlineIndex += 1
        return nextInline
      }
    }
  }
}
