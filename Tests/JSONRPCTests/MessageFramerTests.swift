import Foundation
import JSONRPC
import Testing

@Suite struct MessageFramerTests {
  /// Frames `body` by hand with the given header text before the blank line.
  static func framed(_ body: String, header: String? = nil, newline: String = "\r\n") -> [UInt8] {
    let header = header ?? "Content-Length: \(body.utf8.count)"
    return Array((header + newline + newline + body).utf8)
  }

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
    #expect(Self.frames([Self.framed(Self.first)]) == [Self.body(Self.first)])
  }

  @Test func twoMessagesSplitAtEveryByteBoundary() {
    let stream = Self.framed(Self.first) + Self.framed(Self.second)
    for split in 0...stream.count {
      let frames = Self.frames([Array(stream[..<split]), Array(stream[split...])])
      #expect(frames == [Self.body(Self.first), Self.body(Self.second)], "split at \(split)")
    }
  }

  @Test func twoMessagesFedOneByteAtATime() {
    let stream = Self.framed(Self.first) + Self.framed(Self.second)
    #expect(Self.frames(stream.map { [$0] }) == [Self.body(Self.first), Self.body(Self.second)])
  }

  @Test func severalMessagesJoinedInOneRead() {
    let stream = Self.framed(Self.first) + Self.framed(Self.second) + Self.framed("{}")
    #expect(Self.frames([stream]) == [Self.body(Self.first), Self.body(Self.second), Self.body("{}")])
  }

  @Test(arguments: ["合同第一条：甲方应于三日内付款。", "𠀀𠀁 astral", "mixed 第𠀀条 é"])
  func contentLengthCountsBytesNotCharacters(text: String) {
    let body = #"{"text":"\#(text)"}"#
    #expect(body.utf8.count != body.count)
    let stream = Self.framed(body) + Self.framed(Self.first)
    #expect(Self.frames([stream]) == [Self.body(body), Self.body(Self.first)])
    #expect(Array(MessageFramer.frame(Data(body.utf8))) == Self.framed(body))
  }

  @Test func lfOnlyAndMixedLineEndings() {
    let lf = Self.framed(Self.first, newline: "\n")
    let mixed = Array("Content-Length: \(Self.second.utf8.count)\n\r\n\(Self.second)".utf8)
    #expect(Self.frames([lf + mixed]) == [Self.body(Self.first), Self.body(Self.second)])
  }

  @Test func headerNamesAreCaseInsensitiveAndOtherHeadersIgnored() {
    let header = "content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:\(Self.first.utf8.count)  "
    #expect(Self.frames([Self.framed(Self.first, header: header)]) == [Self.body(Self.first)])
  }

  @Test func blankLinesBetweenMessagesAreTolerated() {
    let stream = Self.framed(Self.first) + Array("\r\n\r\n".utf8) + Self.framed(Self.second)
    #expect(Self.frames([stream]) == [Self.body(Self.first), Self.body(Self.second)])
  }

  @Test func emptyBody() {
    #expect(Self.frames([Self.framed("", header: "Content-Length: 0")]) == [Self.body("")])
  }

  @Test func incompleteBodyWaits() {
    var framer = MessageFramer()
    framer.append(Self.framed(Self.first).dropLast())
    #expect(framer.nextFrame() == nil)
    #expect(framer.bufferedByteCount == Self.first.utf8.count - 1)
  }
}
