import Foundation
import GoujiTestSupport
import JSONRPC
import Testing

@Suite struct MessageFramerTests {
  /// Everything the framer yields after being fed `chunks` one by one.
  static func frames(_ chunks: [[UInt8]]) -> [Result<Data, FramingError>] {
    var framer = MessageFramer()
    var frames: [Result<Data, FramingError>] = []
    for chunk in chunks {
      framer.append(chunk)
      frames += framer.availableFrames()
    }
    return frames
  }

  static func body(_ text: String) -> Result<Data, FramingError> {
    .success(Data(text.utf8))
  }

  static let first = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#
  static let second = #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"第一条 𠀀"}}"#

  @Test func oneMessage() {
    #expect(Self.frames([LSPFraming.framed(Self.first)]) == [Self.body(Self.first)])
  }

  @Test func twoMessagesSplitAtEveryByteBoundary() {
    let stream = LSPFraming.framed(Self.first) + LSPFraming.framed(Self.second)
    for split in 0...stream.count {
      let frames = Self.frames([Array(stream[..<split]), Array(stream[split...])])
      #expect(frames == [Self.body(Self.first), Self.body(Self.second)], "split at \(split)")
    }
  }

  @Test func twoMessagesFedOneByteAtATime() {
    let stream = LSPFraming.framed(Self.first) + LSPFraming.framed(Self.second)
    #expect(Self.frames(stream.map { [$0] }) == [Self.body(Self.first), Self.body(Self.second)])
  }

  @Test func severalMessagesJoinedInOneRead() {
    let stream = LSPFraming.framed(Self.first) + LSPFraming.framed(Self.second) + LSPFraming.framed("{}")
    #expect(Self.frames([stream]) == [Self.body(Self.first), Self.body(Self.second), Self.body("{}")])
  }

  @Test(arguments: ["合同第一条：甲方应于三日内付款。", "𠀀𠀁 astral", "mixed 第𠀀条 é"])
  func contentLengthCountsBytesNotCharacters(text: String) {
    let body = #"{"text":"\#(text)"}"#
    #expect(body.utf8.count != body.count)
    let stream = LSPFraming.framed(body) + LSPFraming.framed(Self.first)
    #expect(Self.frames([stream]) == [Self.body(body), Self.body(Self.first)])
    #expect(Array(MessageFramer.frame(Data(body.utf8))) == LSPFraming.framed(body))
  }

  @Test func lfOnlyAndMixedLineEndings() {
    let lf = LSPFraming.framed(Self.first, newline: "\n")
    let mixed = Array("Content-Length: \(Self.second.utf8.count)\n\r\n\(Self.second)".utf8)
    #expect(Self.frames([lf + mixed]) == [Self.body(Self.first), Self.body(Self.second)])
  }

  @Test func headerNamesAreCaseInsensitiveAndOtherHeadersIgnored() {
    let header = "content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:\(Self.first.utf8.count)  "
    #expect(Self.frames([LSPFraming.framed(Self.first, header: header)]) == [Self.body(Self.first)])
  }

  @Test func blankLinesBetweenMessagesAreTolerated() {
    let stream = LSPFraming.framed(Self.first) + Array("\r\n\r\n".utf8) + LSPFraming.framed(Self.second)
    #expect(Self.frames([stream]) == [Self.body(Self.first), Self.body(Self.second)])
  }

  @Test func emptyBody() {
    #expect(Self.frames([LSPFraming.framed("", header: "Content-Length: 0")]) == [Self.body("")])
  }

  @Test func incompleteBodyWaits() {
    var framer = MessageFramer()
    framer.append(LSPFraming.framed(Self.first).dropLast())
    #expect(framer.nextFrame() == nil)
    #expect(framer.bufferedByteCount == Self.first.utf8.count - 1)
  }
}
