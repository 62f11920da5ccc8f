import Testing

@testable import GoujiCLI

/// A lazy array writes what an array of the same elements writes, and ``JSONOutput/stream(indent:to:)`` hands on the
/// same text as ``JSONOutput/rendered(indent:)`` in pieces of about ``JSONOutput/chunkBytes``.
@Suite struct LazyJSONArrayTests {
  /// An edit-like object on a CJK line with 𠀀, a CRLF and a quote, which the writer escapes.
  static func element(_ index: Int) -> JSONOutput {
    .object([("line", .int(index + 1)), ("newText", .string("𠀀一\r\n\"\(index)\""))])
  }

  static func document(_ items: JSONOutput) -> JSONOutput {
    .object([("code", .string("GJ501")), ("edits", items), ("safe", .bool(true))])
  }

  @Test(arguments: [0, 1, 2, 5_000])
  func aLazyArrayIsWrittenAsTheArray(count: Int) {
    let eager = Self.document(.array((0..<count).map(Self.element)))
    let lazy = Self.document(.lazyArray(LazyJSONArray(0..<count, element: Self.element)))
    #expect(lazy.rendered(indent: 4) == eager.rendered(indent: 4))
    var streamed = ""
    lazy.stream(indent: 4) { streamed += $0 }
    #expect(streamed == eager.rendered(indent: 4))
  }

  /// Elements kept in pieces (a fix's edits by line), empty pieces among them, are written as the joined array.
  @Test func aLazyArrayOfPiecesIsWrittenAsTheJoinedArray() {
    let pieces = [[0, 1], [], [2], [3, 4, 5], []]
    let eager = Self.document(.array((0..<6).map(Self.element)))
    let lazy = Self.document(.lazyArray(LazyJSONArray(pieces.joined(), element: Self.element)))
    #expect(lazy.rendered(indent: 4) == eager.rendered(indent: 4))
    var streamed = ""
    lazy.stream(indent: 4) { streamed += $0 }
    #expect(streamed == eager.rendered(indent: 4))
  }

  @Test func streamingHandsOnChunksOfBoundedSize() {
    let lazy = Self.document(.lazyArray(LazyJSONArray(0..<20_000, element: Self.element)))
    var chunks: [String] = []
    lazy.stream { chunks.append($0) }
    #expect(chunks.count > 2)
    let largestElement = Self.element(20_000).rendered(indent: 2).utf8.count + 8
    #expect(chunks.allSatisfy { $0.utf8.count < JSONOutput.chunkBytes + largestElement })
    #expect(chunks.joined() == lazy.rendered())
  }
}
