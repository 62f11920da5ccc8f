import Foundation
import GoujiTestSupport
import JSONRPC
import Testing

/// A `Content-Length` larger than the body the client sent, the next message following at once: the framer ends
/// the short message where the next header begins, and loses neither message when the short body is JSON.
@Suite struct MessageFramerShortBodyTests {
  typealias Fixture = MessageFramerTests

  /// `stream` fed whole, byte by byte, and in chunks of 7 bytes.
  static func expectFrames(
    _ stream: [UInt8], _ expected: [Result<Data, FramingError>], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(Fixture.frames([stream]) == expected, sourceLocation: sourceLocation)
    #expect(Fixture.frames(stream.map { [$0] }) == expected, sourceLocation: sourceLocation)
    let chunks = stride(from: 0, to: stream.count, by: 7).map { Array(stream[$0..<min($0 + 7, stream.count)]) }
    #expect(Fixture.frames(chunks) == expected, sourceLocation: sourceLocation)
  }

  @Test func aShortJSONBodyIsTheMessageAndTheNextOneFollows() {
    let short = LSPFraming.framed(Fixture.second, header: "Content-Length: \(Fixture.second.utf8.count + 200)")
    let stream = short + LSPFraming.framed(Fixture.first) + LSPFraming.framed(Fixture.second)
    Self.expectFrames(
      stream, [Fixture.body(Fixture.second), Fixture.body(Fixture.first), Fixture.body(Fixture.second)])
  }

  /// The next message is found even when the body is shorter than its own announced length by only a few bytes, so
  /// that the announced end falls inside the next header.
  @Test func theAnnouncedEndMayFallInsideTheNextHeader() {
    let short = LSPFraming.framed(Fixture.first, header: "Content-Length: \(Fixture.first.utf8.count + 3)")
    let expected = [Fixture.body(Fixture.first), Fixture.body(Fixture.second)]
    Self.expectFrames(short + LSPFraming.framed(Fixture.second), expected)
  }

  @Test func aShortBodyThatIsNoJSONIsAnErrorAndTheNextMessageFollows() {
    let cut = #"{"jsonrpc":"2.0","id":7,"#
    let short = LSPFraming.framed(cut, header: "Content-Length: 300")
    Self.expectFrames(
      short + LSPFraming.framed(Fixture.first),
      [
        .failure(.bodyShorterThanContentLength(declared: 300, received: cut.utf8.count)), Fixture.body(Fixture.first),
      ])
  }

  /// A valid body that quotes a framed message (escaped line breaks) or spreads over lines is read whole.
  @Test func validBodiesThatLookLikeHeadersAreNeverCut() {
    let quoting = #"{"jsonrpc":"2.0","method":"x","params":{"text":"Content-Length: 5\r\n\r\n{}"}}"#
    let pretty = "{\n  \"Content-Length:\": 5\n\n,\"a\": \"Content-Length: 3\"\n\n}"
    let spaced = "{\"a\":\"Content-Length:\"\n\n\n}"
    for body in [quoting, pretty, spaced] {
      #expect((try? JSONSerialization.jsonObject(with: Data(body.utf8))) != nil, "\(body) is JSON")
      let expected = [Fixture.body(body), Fixture.body(Fixture.first)]
      Self.expectFrames(LSPFraming.framed(body) + LSPFraming.framed(Fixture.first), expected)
    }
  }

  /// A short body with nothing after it waits: the framer cannot know the body is short until a header follows.
  @Test func aShortBodyAloneWaitsForMoreBytes() {
    var framer = MessageFramer()
    framer.append(LSPFraming.framed(Fixture.first, header: "Content-Length: 400"))
    #expect(framer.nextFrame() == nil)
    framer.append(LSPFraming.framed(Fixture.second))
    #expect(framer.nextFrame() == Fixture.body(Fixture.first))
    #expect(framer.nextFrame() == Fixture.body(Fixture.second))
    #expect(framer.nextFrame() == nil)
  }
}
