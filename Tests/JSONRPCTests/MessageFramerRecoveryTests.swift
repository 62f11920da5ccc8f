import Foundation
import GoujiTestSupport
import JSONRPC
import Testing

@Suite struct MessageFramerRecoveryTests {
  typealias Fixture = MessageFramerTests
  static let good = LSPFraming.framed(Fixture.first)

  /// The frames of `broken` followed by a good message, fed whole and byte by byte.
  static func expectRecovery(
    from broken: [UInt8],
    error: FramingError,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let expected: [Result<Data, FramingError>] = [.failure(error), Fixture.body(Fixture.first)]
    #expect(Fixture.frames([broken + good]) == expected, sourceLocation: sourceLocation)
    #expect(Fixture.frames((broken + good).map { [$0] }) == expected, sourceLocation: sourceLocation)
  }

  @Test func missingContentLength() {
    Self.expectRecovery(
      from: LSPFraming.framed(#"{"a":1}"#, header: "Content-Type: application/json"),
      error: .missingContentLength
    )
  }

  @Test func garbageContentLength() {
    Self.expectRecovery(
      from: LSPFraming.framed(#"{"a":1}"#, header: "Content-Length: abc"),
      error: .invalidContentLength("abc")
    )
  }

  @Test func negativeContentLength() {
    Self.expectRecovery(
      from: LSPFraming.framed(#"{"a":1}"#, header: "Content-Length: -5"),
      error: .invalidContentLength("-5")
    )
  }

  @Test func emptyContentLength() {
    Self.expectRecovery(from: LSPFraming.framed("{}", header: "Content-Length:"), error: .invalidContentLength(""))
  }

  @Test func absurdContentLength() {
    let huge = String(MessageFramer.maximumContentLength + 1)
    Self.expectRecovery(
      from: LSPFraming.framed(#"{"a":1}"#, header: "Content-Length: \(huge)"),
      error: .contentLengthTooLarge(huge)
    )
    Self.expectRecovery(
      from: LSPFraming.framed("{}", header: "Content-Length: 99999999999999999999999"),
      error: .contentLengthTooLarge("99999999999999999999999")
    )
  }

  @Test func garbageLineBeforeARealHeaderCostsOnlyTheGarbage() {
    let stream = Array("hello from a stray print\r\n".utf8) + Self.good + Self.good
    let expected: [Result<Data, FramingError>] = [
      .failure(.malformedHeader("hello from a stray print")), Fixture.body(Fixture.first), Fixture.body(Fixture.first),
    ]
    #expect(Fixture.frames([stream]) == expected)
    #expect(Fixture.frames(stream.map { [$0] }) == expected)
  }

  @Test func unframedJSONIsSkipped() {
    let json = Array("\(Fixture.first)\n\n".utf8)
    Self.expectRecovery(from: json, error: .malformedHeader(Fixture.first))
  }

  @Test func headerWithoutBlankLineWithinLimit() {
    let junk = [UInt8](repeating: UInt8(ascii: "x"), count: MessageFramer.maximumHeaderLength + 1)
    Self.expectRecovery(from: junk, error: .headerTooLong)
  }

  @Test func resynchronisesOnAHeaderSplitAcrossReads() {
    let broken = LSPFraming.framed("{}", header: "Content-Length: nope")
    let stream = broken + Self.good
    let splitInsideHeader = broken.count + 7
    let frames = Fixture.frames([Array(stream[..<splitInsideHeader]), Array(stream[splitInsideHeader...])])
    #expect(frames == [.failure(.invalidContentLength("nope")), Fixture.body(Fixture.first)])
  }

  @Test func errorsDescribeThemselves() {
    #expect(FramingError.invalidContentLength("-5").description == "invalid Content-Length '-5'")
    #expect(FramingError.missingContentLength.description == "header has no Content-Length")
  }

  /// Everything after `broken` arrives: the good messages' bodies are the last frames, fed whole and byte by byte.
  static func expectNothingLostAfter(_ broken: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    let stream = broken + LSPFraming.framed(Fixture.first) + LSPFraming.framed(Fixture.second)
    for frames in [Fixture.frames([stream]), Fixture.frames(stream.map { [$0] })] {
      #expect(
        Array(frames.suffix(2)) == [Fixture.body(Fixture.first), Fixture.body(Fixture.second)],
        sourceLocation: sourceLocation)
    }
  }

  @Test func garbageGluedBeforeAHeaderOnItsLine() {
    Self.expectNothingLostAfter(Array("xyz".utf8))
    Self.expectNothingLostAfter(Array(#"{"stray":1}"#.utf8))
    Self.expectNothingLostAfter(Array("Content-Type: x".utf8))
    Self.expectNothingLostAfter(Array("\u{0}\u{1}汉字".utf8))
  }

  @Test func contentLengthSmallerThanItsBody() {
    let short = LSPFraming.framed(#"{"jsonrpc":"2.0","id":9,"method":"x"}"#, header: "Content-Length: 5")
    Self.expectNothingLostAfter(short)
    #expect(Fixture.frames([short]).first == Fixture.body(#"{"jso"#))
  }

  @Test func duplicateConflictingContentLengthsUseTheOneWhoseBodyIsJSON() {
    let body = #"{"a":1}"#
    for header in ["Content-Length: 7\r\nContent-Length: 300", "Content-Length: 3\r\nContent-Length: 7"] {
      let stream = LSPFraming.framed(body, header: header)
      Self.expectNothingLostAfter(stream)
      #expect(Fixture.frames([stream + LSPFraming.framed(Fixture.first)]).first == Fixture.body(body))
    }
    let neither = LSPFraming.framed(body, header: "Content-Length: 2\r\nContent-Length: 4")
    #expect(Fixture.frames([neither]).first == .failure(.conflictingContentLength(["2", "4"])))
    Self.expectNothingLostAfter(neither)
  }

  /// Random garbage before a message never costs that message (seeded, so that a failure can be replayed).
  @Test func randomGarbageBeforeAMessage() {
    var generator = SeededGenerator(seed: 2026)
    for _ in 0..<300 {
      let garbage = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
        UInt8.random(in: 0...255, using: &generator)
      }
      Self.expectNothingLostAfter(garbage)
    }
  }
}
