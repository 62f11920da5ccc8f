import Testing

@testable import GoujiText

@Suite struct TextDecodingTests {
  static let sample = "2023年度政府信息公开工作年度报告\r\n第𠀀条😀\u{3000}０\t“引号”\n"

  @Test func utf8WithoutByteOrderMark() throws {
    let decoded = try TextDecoding.decode(Array("政府信息公开\r\n".utf8))
    #expect(decoded.text == "政府信息公开\r\n")
    #expect(decoded.encoding == .utf8)
    #expect(!decoded.hasByteOrderMark)
  }

  @Test func utf8WithByteOrderMarkDropsTheMark() throws {
    let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("一".utf8))
    #expect(scalars(decoded.text) == ["一"])
    #expect(decoded.encoding == .utf8)
    #expect(decoded.hasByteOrderMark)
  }

  @Test func emptyInputIsEmptyUTF8() throws {
    let decoded = try TextDecoding.decode([])
    #expect(decoded.text == "")
    #expect(decoded.encoding == .utf8)
    #expect(!decoded.hasByteOrderMark)
  }

  @Test func byteOrderMarkAloneIsEmptyUTF8() throws {
    let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF])
    #expect(decoded.text == "")
    #expect(decoded.hasByteOrderMark)
  }

  // "中a𠀀": 中 U+4E2D, a U+0061, 𠀀 U+20000 = the surrogate pair D840 DC00.
  @Test func utf16LittleEndianWithByteOrderMark() throws {
    let decoded = try TextDecoding.decode([0xFF, 0xFE, 0x2D, 0x4E, 0x61, 0x00, 0x40, 0xD8, 0x00, 0xDC])
    #expect(decoded.text == "中a𠀀")
    #expect(decoded.encoding == .utf16LittleEndian)
    #expect(decoded.hasByteOrderMark)
  }

  @Test func utf16BigEndianWithByteOrderMark() throws {
    let decoded = try TextDecoding.decode([0xFE, 0xFF, 0x4E, 0x2D, 0x00, 0x61, 0xD8, 0x40, 0xDC, 0x00])
    #expect(decoded.text == "中a𠀀")
    #expect(decoded.encoding == .utf16BigEndian)
    #expect(decoded.hasByteOrderMark)
  }

  @Test func gb18030KnownBytes() throws {
    // "中文" is D6D0 CEC4 in GB2312, and so in GB18030; D6 D0 is not valid UTF-8.
    let decoded = try TextDecoding.decode([0xD6, 0xD0, 0xCE, 0xC4])
    #expect(decoded.text == "中文")
    #expect(decoded.encoding == .gb18030)
    #expect(!decoded.hasByteOrderMark)
  }

  @Test func gb18030FourByteSequenceForAnAstralCharacter() throws {
    // U+20000 is the four-byte GB18030 sequence 95 32 82 36.
    #expect(try TextDecoding.decode([0x95, 0x32, 0x82, 0x36]).text == "𠀀")
    #expect(try TextDecoding.encode("𠀀", as: .gb18030, byteOrderMark: false) == [0x95, 0x32, 0x82, 0x36])
  }

  @Test func gb18030MixedWithASCII() throws {
    let decoded = try TextDecoding.decode([0x61, 0xD6, 0xD0, 0x0D, 0x0A])
    #expect(decoded.text == "a中\r\n")
    #expect(decoded.encoding == .gb18030)
  }

  @Test func encodeGB18030KnownBytes() throws {
    #expect(try TextDecoding.encode("中文", as: .gb18030, byteOrderMark: false) == [0xD6, 0xD0, 0xCE, 0xC4])
    // "政府信息公开" in GB18030 (= GB2312) is D5FE B8AE D0C5 CFA2 B9AB BFAA.
    let expected: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0xD0, 0xC5, 0xCF, 0xA2, 0xB9, 0xAB, 0xBF, 0xAA]
    #expect(try TextDecoding.encode("政府信息公开", as: .gb18030, byteOrderMark: false) == expected)
  }

  @Test func gb18030HasNoByteOrderMark() throws {
    #expect(try TextDecoding.encode("中文", as: .gb18030, byteOrderMark: true) == [0xD6, 0xD0, 0xCE, 0xC4])
  }

  @Test func gb18030BuiltByTheEncoderDecodes() throws {
    let bytes = try TextDecoding.encode("第一条　公开", as: .gb18030, byteOrderMark: false)
    #expect(String(validating: bytes, as: UTF8.self) == nil)
    let decoded = try TextDecoding.decode(bytes)
    #expect(decoded.text == "第一条　公开")
    #expect(decoded.encoding == .gb18030)
  }

  @Test func encodeUTF8AndUTF16Bytes() throws {
    #expect(try TextDecoding.encode("中", as: .utf8, byteOrderMark: false) == [0xE4, 0xB8, 0xAD])
    #expect(try TextDecoding.encode("中", as: .utf8, byteOrderMark: true) == [0xEF, 0xBB, 0xBF, 0xE4, 0xB8, 0xAD])
    #expect(try TextDecoding.encode("中", as: .utf16LittleEndian, byteOrderMark: false) == [0x2D, 0x4E])
    #expect(try TextDecoding.encode("中", as: .utf16BigEndian, byteOrderMark: false) == [0x4E, 0x2D])
    // 𠀀 is the surrogate pair D840 DC00.
    let little = try TextDecoding.encode("𠀀", as: .utf16LittleEndian, byteOrderMark: true)
    #expect(little == [0xFF, 0xFE, 0x40, 0xD8, 0x00, 0xDC])
    let big = try TextDecoding.encode("𠀀", as: .utf16BigEndian, byteOrderMark: true)
    #expect(big == [0xFE, 0xFF, 0xD8, 0x40, 0xDC, 0x00])
  }

  /// Every encoding gouji can detect survives encode → decode with the same encoding and mark. (UTF-16 is only
  /// detected with a byte-order mark.)
  @Test(arguments: [
    (TextEncoding.utf8, false), (.utf8, true), (.utf16LittleEndian, true), (.utf16BigEndian, true), (.gb18030, false),
  ])
  func roundTrip(encoding: TextEncoding, byteOrderMark: Bool) throws {
    let bytes = try TextDecoding.encode(Self.sample, as: encoding, byteOrderMark: byteOrderMark)
    let decoded = try TextDecoding.decode(bytes)
    #expect(scalars(decoded.text) == scalars(Self.sample))
    #expect(decoded.encoding == encoding)
    #expect(decoded.hasByteOrderMark == byteOrderMark)
  }

  @Test(
    arguments: [
      [0xFF],  // never a lead byte in UTF-8 or GB18030
      [0x80],
      [0x61, 0xD6],  // a GB18030 lead byte cut off at the end
      [0x81, 0x20],  // a GB18030 lead byte followed by a byte that is no trail byte
      [0xEF, 0xBB, 0xBF, 0xD6, 0xD0],  // a UTF-8 mark followed by GB18030
      [0xFF, 0xFE, 0x61],  // UTF-16 with an odd number of bytes
      [0xFF, 0xFE, 0x00, 0xD8],  // UTF-16 LE: a lone high surrogate
      [0xFE, 0xFF, 0xDC, 0x00, 0x00, 0x61],  // UTF-16 BE: a lone low surrogate
    ] as [[UInt8]])
  func undecodableBytesThrow(bytes: [UInt8]) {
    #expect(throws: TextDecodingError.self) { try TextDecoding.decode(bytes) }
  }

  /// Undecodable text names where its first byte that is not UTF-8 stands, counting characters (𠀀 is one; CRLF
  /// ends a line): elinks wrote zero-width spaces as 0xFD 0xBF 0xBF 0xBD in otherwise valid UTF-8.
  @Test func theFirstInvalidByteIsNamedByLineAndColumn() throws {
    let bytes = Array("一、总体情况\r\n𠀀年报\u{3000}".utf8) + [0xFD, 0xBF, 0xBF, 0xBD] + Array("622\n".utf8)
    let error = try #require(throws: TextDecodingError.self) { try TextDecoding.decode(bytes) }
    #expect(
      error.reason
        == "neither UTF-8 (the first invalid byte, 0xFD, is at line 2, column 5), UTF-16 with a byte-order mark, "
        + "nor GB18030"
    )
    #expect(
      TextDecoding.firstInvalidUTF8([0x61, 0xE4, 0xB8]) == "the first invalid byte, 0xE4, is at line 1, column 2")
  }

  @Test func errorDescriptionIsTheReason() {
    let error = TextDecodingError(reason: "invalid UTF-16")
    #expect(error.description == "invalid UTF-16")
    #expect(TextEncoding.gb18030.rawValue == "GB18030")
  }
}

@Suite struct InvalidUTF8SourceTextTests {
  @Test(
    arguments: [
      ([0x61, 0xFF, 0x62], "a\u{FFFD}b"),
      ([0xE4, 0xB8], "\u{FFFD}"),  // 一 (E4 B8 80) cut short: one maximal subpart, one replacement
      ([0xE4, 0xB8, 0x61], "\u{FFFD}a"),
      ([0x80, 0x80], "\u{FFFD}\u{FFFD}"),  // stray continuation bytes, one replacement each
      ([0xC0, 0x80], "\u{FFFD}\u{FFFD}"),  // overlong NUL: C0 can never start a sequence
      ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}"),  // an encoded surrogate
      ([0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),  // past U+10FFFF
    ] as [([UInt8], String)])
  func invalidSequencesBecomeReplacementCharacters(bytes: [UInt8], expected: String) {
    let text = SourceText(bytes: bytes)
    #expect(text.string == expected)
    #expect(text.bytes == Array(expected.utf8))
    #expect(String(validating: text.bytes, as: UTF8.self) != nil)
  }

  @Test func lineIndexIsBuiltOnTheRepairedBytes() {
    // FFFD is 3 bytes, so line 1 starts at 4, not 2.
    let text = SourceText(bytes: [0xFF, 0x0A, 0xFE])
    #expect(text.lineStarts == [0, 4])
    #expect(text.lineText(0) == "\u{FFFD}")
    #expect(text.lineColumn(of: 4, in: .utf16) == LineColumn(line: 1, column: 0))
  }

  @Test func validBytesAreKeptAsTheyAre() {
    let bytes = Array("第𠀀条\r\n".utf8)
    #expect(SourceText(bytes: bytes).bytes == bytes)
  }
}
