#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The encoding a report file was stored in, kept so that `--fix` can write it back the same way.
package enum TextEncoding: String, Sendable {
  case utf8 = "UTF-8"
  case utf16LittleEndian = "UTF-16LE"
  case utf16BigEndian = "UTF-16BE"
  case gb18030 = "GB18030"
}

/// How a file's bytes were decoded: the encoding, whether it had a byte-order mark, and its dominant line ending.
package struct DecodedText: Sendable {
  package var text: String
  package var encoding: TextEncoding
  package var hasByteOrderMark: Bool
}

/// Why a file's bytes could not be decoded.
package struct TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
  package var reason: String
  package var description: String { reason }
}

/// Decoding and encoding of report files: UTF-8 with or without BOM, UTF-16 with BOM, and GB18030/GBK (detected).
package enum TextDecoding {
  package static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> DecodedText {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
        throw TextDecodingError(reason: "invalid UTF-8 after a UTF-8 byte-order mark")
      }
      return DecodedText(text: text, encoding: .utf8, hasByteOrderMark: true)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let little = bytes[0] == 0xFF
      return DecodedText(
        text: try decodeUTF16(bytes.dropFirst(2), littleEndian: little),
        encoding: little ? .utf16LittleEndian : .utf16BigEndian,
        hasByteOrderMark: true
      )
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return DecodedText(text: text, encoding: .utf8, hasByteOrderMark: false)
    }
    if let text = convert(bytes, from: "GB18030", to: "UTF-8").map({ String(decoding: $0, as: UTF8.self) }) {
      return DecodedText(text: text, encoding: .gb18030, hasByteOrderMark: false)
    }
    throw TextDecodingError(
      reason: "neither UTF-8 (\(firstInvalidUTF8(bytes))), UTF-16 with a byte-order mark, nor GB18030"
    )
  }

  /// Where the first byte that is not UTF-8 stands, for a person to find it: `the first invalid byte, 0xFD, is at
  /// line 12, column 5` (the column counts the characters before it on its line, from 1).
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> String {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var (offset, line, column) = (0, 1, 1)
    while case .valid(let scalar) = parser.parseScalar(from: &iterator) {
      offset += scalar.count
      if scalar.count == 1, scalar.first == 0x0A { (line, column) = (line + 1, 1) } else { column += 1 }
    }
    guard offset < bytes.count else { return "no invalid byte" }
    let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
    return "the first invalid byte, \(byte), is at line \(line), column \(column)"
  }

  /// `text` in `encoding`, with a byte-order mark when asked for.
  package static func encode(_ text: String, as encoding: TextEncoding, byteOrderMark: Bool) throws(TextDecodingError)
    -> [UInt8]
  {
    switch encoding {
    case .utf8:
      return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    case .utf16LittleEndian, .utf16BigEndian:
      let little = encoding == .utf16LittleEndian
      var result: [UInt8] = byteOrderMark ? (little ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
      for unit in text.utf16 {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        result += little ? [low, high] : [high, low]
      }
      return result
    case .gb18030:
      guard let bytes = convert(Array(text.utf8), from: "UTF-8", to: "GB18030") else {
        throw TextDecodingError(reason: "the text cannot be represented in GB18030")
      }
      return bytes
    }
  }

  private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(TextDecodingError) -> String {
    guard bytes.count % 2 == 0 else { throw TextDecodingError(reason: "UTF-16 text with an odd number of bytes") }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    var result = ""
    var iterator = units.makeIterator()
    var decoder = UTF16()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): result.unicodeScalars.append(scalar)
      case .emptyInput: break loop
      case .error: throw TextDecodingError(reason: "invalid UTF-16")
      }
    }
    return result
  }

  /// Converts with iconv; `nil` when the input is not valid in `from` or not representable in `to`.
  private static func convert(_ input: [UInt8], from: String, to: String) -> [UInt8]? {
    let descriptor = iconv_open(to, from)
    if descriptor == iconv_t(bitPattern: -1) { return nil }
    defer { iconv_close(descriptor) }
    var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
    var source = input.map { CChar(bitPattern: $0) }
    let outputCount = output.count
    return source.withUnsafeMutableBufferPointer { sourceBuffer -> [UInt8]? in
      output.withUnsafeMutableBufferPointer { outputBuffer -> [UInt8]? in
        var inPointer: UnsafeMutablePointer<CChar>? = sourceBuffer.baseAddress
        var inLeft = sourceBuffer.count
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress!)
          .assumingMemoryBound(to: CChar.self)
        var outLeft = outputCount
        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        if result == -1 || inLeft != 0 { return nil }
        return Array(outputBuffer[0..<(outputCount - outLeft)])
      }
    }
  }
}
