extension MessageFramer {
  /// `content-length:` in lower case, the header the framer resynchronises on.
  static let contentLengthName = Array("content-length:".utf8)

  /// The `Content-Length` values of a header block given as line ranges of `bytes`, distinct, in order (more than
  /// one when the header repeats it with different values).
  ///
  /// After a failure the framer looks for the next `Content-Length:` from the byte after the block's start, so
  /// that garbage glued before a real header (even on its line) costs only that garbage.
  static func contentLengths(in bytes: [UInt8], lines: [Range<Int>]) -> Result<[Int], FramingError> {
    var lengths: [Int] = []
    for line in lines {
      guard let colon = bytes[line].firstIndex(of: UInt8(ascii: ":")), isToken(bytes[line.lowerBound..<colon]) else {
        let text = String(decoding: bytes[line], as: UTF8.self)
        return .failure(.malformedHeader(text))
      }
      guard lowercased(bytes[line.lowerBound...colon]) == contentLengthName else { continue }
      switch parseLength(bytes[(colon + 1)..<line.upperBound]) {
      case .success(let value): if !lengths.contains(value) { lengths.append(value) }
      case .failure(let error): return .failure(error)
      }
    }
    guard !lengths.isEmpty else { return .failure(.missingContentLength) }
    return .success(lengths)
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
    !bytes.isEmpty
      && bytes.allSatisfy { byte in
        let lower = lowercased(byte)
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
      }
  }

  /// ASCII lower-casing.
  static func lowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    bytes.map(lowercased(_:))
  }

  /// The index of the first case-insensitive occurrence of `needle` (lower case) in `bytes` at or after `from`
  /// (and starting before `before`, when given).
  static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, before: Int? = nil) -> Int? {
    var index = from
    let last = min(bytes.count - needle.count, (before ?? bytes.count) - 1)
    while index <= last {
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
