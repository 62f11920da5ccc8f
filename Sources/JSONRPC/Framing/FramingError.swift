/// Why a message's header could not be used. The framer skips to the next `Content-Length:` header after one.
package enum FramingError: Error, Hashable, Sendable {
  /// The header block has no `Content-Length`.
  case missingContentLength
  /// `Content-Length` is not a non-negative decimal integer (the offending text).
  case invalidContentLength(String)
  /// `Content-Length` exceeds ``MessageFramer/maximumContentLength`` (the offending text).
  case contentLengthTooLarge(String)
  /// A header line is not `Name: value` (the offending line).
  case malformedHeader(String)
  /// The header repeats `Content-Length` with these different values, and no body of any of them is JSON.
  case conflictingContentLength([String])
  /// No blank line ended the header within ``MessageFramer/maximumHeaderLength`` bytes.
  case headerTooLong
  /// The next message's header came after `received` bytes of a body announced as `declared` bytes, and those bytes
  /// are no JSON value.
  case bodyShorterThanContentLength(declared: Int, received: Int)
}

extension FramingError: CustomStringConvertible {
  package var description: String {
    switch self {
    case .missingContentLength: return "header has no Content-Length"
    case .invalidContentLength(let text): return "invalid Content-Length '\(text)'"
    case .contentLengthTooLarge(let text):
      return "Content-Length \(text) exceeds the \(MessageFramer.maximumContentLength >> 20) MiB limit"
    case .malformedHeader(let line): return "malformed header line '\(line)'"
    case .conflictingContentLength(let values):
      return "conflicting Content-Length values \(values.joined(separator: ", "))"
    case .headerTooLong: return "header not terminated within \(MessageFramer.maximumHeaderLength) bytes"
    case .bodyShorterThanContentLength(let declared, let received):
      return "the next message began after \(received) of the \(declared) bytes of Content-Length"
    }
  }
}
