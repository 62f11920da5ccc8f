import Foundation

extension MessageFramer {
  /// What to do with the body being read.
  enum ShortBodyOutcome {
    /// The body ended early, where the next message's header begins: this frame, and the framer is at that header.
    case frame(Result<Data, FramingError>)
    /// Wait for more bytes.
    case wait
    /// The body is complete as announced.
    case whole
  }

  /// Looks in the body received so far for the header of a following message (see the type's documentation).
  ///
  /// A complete body is held back only while it is no JSON value and a following header may still be arriving
  /// inside it (a `Content-Length:` whose header block is not complete yet, or the first letters of one at the
  /// end of the bytes), for at most ``maximumHeaderLength`` bytes after its announced end: a valid message is
  /// never held back.
  mutating func shortBody(length: Int, scanned: Int) -> ShortBodyOutcome {
    let end = min(buffer.count, start + length)
    var from = start + max(0, scanned - Self.contentLengthName.count)
    var pending = false
    while let found = Self.find(Self.contentLengthName, in: buffer, from: from, before: end) {
      guard let block = headerBlock(at: found) else {
        if buffer.count - found > Self.maximumHeaderLength {
          from = found + 1
          continue
        }
        pending = true
        state = .body(length: length, scanned: found - start)
        break
      }
      if case .success(let lengths) = Self.contentLengths(in: buffer, lines: block.lines), lengths.count == 1 {
        return .frame(endBody(at: found, declared: length))
      }
      from = found + 1
    }
    if !pending { state = .body(length: length, scanned: end - start) }
    guard buffer.count - start >= length else { return .wait }
    let mayHoldHeader = pending || endsInBeginningOfContentLength(before: end)
    guard mayHoldHeader, buffer.count - end <= Self.maximumHeaderLength else { return .whole }
    return Self.isJSON(Data(buffer[start..<end])) ? .whole : .wait
  }

  /// The body from `start` to `found` as the message (or an error when it is no JSON value); the framer moves to
  /// the header at `found`.
  private mutating func endBody(at found: Int, declared: Int) -> Result<Data, FramingError> {
    let body = Data(buffer[start..<found])
    consume(upTo: found)
    state = .header
    guard Self.isJSON(body) else {
      return .failure(.bodyShorterThanContentLength(declared: declared, received: body.count))
    }
    return .success(body)
  }

  /// Whether the bytes end with the first letters of `Content-Length:`, beginning in the body (before `end`).
  private func endsInBeginningOfContentLength(before end: Int) -> Bool {
    let needle = Self.contentLengthName
    for count in 1..<needle.count where buffer.count - count >= start && buffer.count - count < end {
      let tail = buffer[(buffer.count - count)...]
      if zip(tail, needle).allSatisfy({ Self.lowercased($0) == $1 }) { return true }
    }
    return false
  }

  static func isJSON(_ body: Data) -> Bool {
    (try? JSONSerialization.jsonObject(with: body, options: .fragmentsAllowed)) != nil
  }
}
