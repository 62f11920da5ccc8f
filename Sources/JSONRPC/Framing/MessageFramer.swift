import Foundation

/// Splits a byte stream into message bodies framed by `Content-Length` headers (the LSP base protocol).
///
/// Pure and incremental: ``append(_:)`` takes bytes as they arrive, in chunks of any size, and ``nextFrame()``
/// returns each complete body in order. Header names are case-insensitive, `Content-Type` and unknown headers are
/// ignored, and lines may end in `\r\n` or `\n`. A malformed header yields one ``FramingError`` and the framer then
/// skips ahead to the next `Content-Length:` it sees, so one bad message does not end the stream.
///
/// A `Content-Length` larger than the body the client sent (the next message follows at once) is noticed as soon as
/// the next message's header is in: a body that holds a `Content-Length:` line ended by a blank line cannot be JSON
/// (JSON has no raw line break inside a string, and that text outside a string is no JSON token), so the message
/// ends there and the next one is read. The short body comes out as the message when it is a JSON value, else as
/// ``FramingError/bodyShorterThanContentLength(declared:received:)``. No valid message is ever cut. A short body
/// with no message after it waits for more bytes.
package struct MessageFramer: Sendable {
  /// The largest body accepted: 256 MiB, so that a didOpen of a 50 MB report still fits when JSON escapes every
  /// character of it twice over (50 MB of line ends are 100 MB of `\n`).
  package static let maximumContentLength = 256 << 20
  /// The longest header block accepted before giving up on it.
  package static let maximumHeaderLength = 8 << 10

  var buffer: [UInt8] = []
  /// Where unconsumed bytes begin in `buffer`.
  var start = 0
  var state = State.header

  enum State: Sendable {
    /// Expecting a header block at `start`.
    case header
    /// The header was read; the body of `length` bytes begins at `start`; its first `scanned` bytes hold no
    /// following message's header.
    case body(length: Int, scanned: Int)
    /// Discarding bytes until the next `Content-Length:`.
    case resynchronising
  }

  package init() {}

  /// Adds bytes read from the stream.
  package mutating func append(_ bytes: some Sequence<UInt8>) {
    buffer.append(contentsOf: bytes)
  }

  /// The number of bytes received but not yet returned or discarded.
  package var bufferedByteCount: Int {
    buffer.count - start
  }

  /// The next complete body, a framing error, or `nil` when more bytes are needed.
  package mutating func nextFrame() -> Result<Data, FramingError>? {
    while true {
      switch state {
      case .resynchronising:
        guard resynchronise() else { return nil }
      case .header:
        switch readHeader() {
        case .needMoreBytes: return nil
        case .read: continue
        case .failed(let error): return .failure(error)
        }
      case .body(let length, let scanned):
        switch shortBody(length: length, scanned: scanned) {
        case .frame(let frame): return frame
        case .wait: return nil
        case .whole: break
        }
        let body = Data(buffer[start..<start + length])
        consume(upTo: start + length)
        state = .header
        return .success(body)
      }
    }
  }

  /// All frames currently available.
  package mutating func availableFrames() -> [Result<Data, FramingError>] {
    var frames: [Result<Data, FramingError>] = []
    while let frame = nextFrame() {
      frames.append(frame)
    }
    return frames
  }

  /// Frames a body for sending: `Content-Length: N\r\n\r\n` followed by the body, N counting bytes.
  package static func frame(_ body: Data) -> Data {
    var data = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
    data.append(body)
    return data
  }
}

extension MessageFramer {
  private enum HeaderOutcome {
    case needMoreBytes
    case read
    case failed(FramingError)
  }

  /// Reads the header block at `start`; on success moves to `.body`, on failure to `.resynchronising`.
  private mutating func readHeader() -> HeaderOutcome {
    skipBlankLines()
    let block = headerBlock()
    guard let block, block.end - start <= Self.maximumHeaderLength else {
      guard block != nil || buffer.count - start > Self.maximumHeaderLength else { return .needMoreBytes }
      beginResynchronising(at: start + 1)
      return .failed(.headerTooLong)
    }
    switch Self.contentLengths(in: buffer, lines: block.lines) {
    case .success(let lengths) where lengths.count == 1:
      consume(upTo: block.end)
      state = .body(length: lengths[0], scanned: 0)
      return .read
    case .success(let lengths):
      return chooseLength(among: lengths, bodyStart: block.end)
    case .failure(let error):
      beginResynchronising(at: start + 1)
      return .failed(error)
    }
  }

  /// For a header that repeats `Content-Length` with different values: the smallest whose body is a JSON value
  /// (waiting for the bytes it needs); when none is, a framing error and resynchronisation after the header (its
  /// other `Content-Length` lines belong to the broken message).
  private mutating func chooseLength(among lengths: [Int], bodyStart: Int) -> HeaderOutcome {
    for length in lengths.sorted() {
      guard buffer.count - bodyStart >= length else { return .needMoreBytes }
      let body = Data(buffer[bodyStart..<bodyStart + length])
      if (try? JSONSerialization.jsonObject(with: body)) != nil {
        consume(upTo: bodyStart)
        state = .body(length: length, scanned: 0)
        return .read
      }
    }
    beginResynchronising(at: bodyStart)
    return .failed(.conflictingContentLength(lengths.map(String.init)))
  }

  /// Skips `\r` and `\n` bytes between messages.
  private mutating func skipBlankLines() {
    var index = start
    while index < buffer.count, buffer[index] == UInt8(ascii: "\r") || buffer[index] == UInt8(ascii: "\n") {
      index += 1
    }
    consume(upTo: index)
  }

  /// The header lines at `start` (without line terminators) and where the body begins, once a blank line is in.
  /// Looks no further than ``maximumHeaderLength`` bytes.
  func headerBlock(at blockStart: Int? = nil) -> (lines: [Range<Int>], end: Int)? {
    let blockStart = blockStart ?? start
    var lines: [Range<Int>] = []
    var lineStart = blockStart
    var index = blockStart
    let limit = min(buffer.count, blockStart + Self.maximumHeaderLength + 1)
    while index < limit {
      if buffer[index] == UInt8(ascii: "\n") {
        var lineEnd = index
        if lineEnd > lineStart, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        if lineEnd == lineStart { return (lines, index + 1) }
        lines.append(lineStart..<lineEnd)
        lineStart = index + 1
      }
      index += 1
    }
    return nil
  }

  /// Drops consumed bytes, compacting the buffer when the consumed prefix is large.
  mutating func consume(upTo index: Int) {
    start = index
    if start == buffer.count {
      buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
      start = 0
    } else if start >= 1 << 16 && start * 2 >= buffer.count {
      buffer.removeFirst(start)
      start = 0
    }
  }

  private mutating func beginResynchronising(at index: Int) {
    consume(upTo: min(index, buffer.count))
    state = .resynchronising
  }

  /// Skips to the next `Content-Length:`; returns whether one was found.
  private mutating func resynchronise() -> Bool {
    if let found = Self.find(Self.contentLengthName, in: buffer, from: start) {
      consume(upTo: found)
      state = .header
      return true
    }
    // Keep a tail that may be the beginning of a `Content-Length:` split across reads.
    consume(upTo: max(start, buffer.count - (Self.contentLengthName.count - 1)))
    return false
  }
}
