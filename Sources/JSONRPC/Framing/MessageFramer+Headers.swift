extension MessageFramer {
  /// `content-length:` in lower case, the header the framer resynchronises on.
  static let contentLengthName = Array("content-length:".utf8)

  /// A header error and where to resume looking for the next message (`nil`: after the header block).
  struct HeaderFailure: Error {
    var error: FramingError
    var resumeAt: Int?
  }

  /// The `Content-Length` of a header block given as line ranges of `bytes`.
  ///
  /// A malformed line resumes the search right after it, so that garbage written before a real header costs only
  /// that garbage; a bad `Content-Length` value resumes after its line, so one message yields one error.
  static func contentLength(in bytes: [UInt8], lines: [Range<Int>]) -> Result<Int, HeaderFailure> {
    var length: Int?
    for line in lines {
      guard let colon = bytes[line].firstIndex(of: UInt8(ascii: ":")), isToken(bytes[line.lowerBound..<colon]) else {
        let text = String(decoding: bytes[line], as: UTF8.self)
        return .failure(HeaderFailure(error: .malformedHeader(text), resumeAt: line.upperBound))
      }
      guard lowercased(bytes[line.lowerBound...colon]) == contentLengthName else { continue }
      switch parseLength(bytes[(colon + 1)..<line.upperBound]) {
      case .success(let value): length = value
      case .failure(let error): return .failure(HeaderFailure(error: error, resumeAt: line.upperBound))
      }
    }
    guard let length else { return .failure(HeaderFailure(error: .missingContentLength, resumeAt: nil)) }
    return .success(length)
  }

  /// Parses a `Content-Length` value: decimal digits, optionally surrounded by spaces or tabs.
  static func parseLength(_ value: ArraySlice<UInt8>) -> Result<Int, FramingError> {
    let text = String(decoding: value, as: UTF8.self).trimmingSpacesAndTabs()
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
      return .failure(.invalidContentLength(text))
    }
    guard let length = Int(text), length <= maximumContentLength else {
      return .failure(.contentLengthTooLarge(text))
    }
    return .success(length)
  }

  /// Whether `bytes` is a non-empty header name: letters, digits and `-`.
  static func isToken(_ bytes: ArraySlice<UInt8>) -> Bool {
    !bytes.isEmpty && bytes.allSatisfy { byte in
      let lower = lowercased(byte)
      return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }
  }

  /// ASCII lower-casing.
  static func lowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    bytes.map(lowercased(_:))
  }

  /// The index of the first case-insensitive occurrence of `needle` (lower case) in `bytes` at or after `from`.
  static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    var index = from
    while index + needle.count <= bytes.count {
      if needle.indices.allSatisfy({ lowercased(bytes[index + $0]) == needle[$0] }) { return index }
      index += 1
    }
    return nil
  }

  /// ASCII lower-casing of one byte.
  static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  fileprivate func trimmingSpacesAndTabs() -> String {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
