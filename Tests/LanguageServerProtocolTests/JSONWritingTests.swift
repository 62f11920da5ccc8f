import Foundation
import GoujiJSON
import LanguageServerProtocol
import Testing

/// The hand-written JSON of replies is what `JSONEncoder` writes: the same bytes for every string (all control
/// characters, quotes, slashes, CJK, astral characters) and number, the same value for every shape, and
/// `initialize`'s hand-built result equals its `Codable` encoding.
@Suite struct JSONWritingTests {
  static func encoderJSON(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
  }

  @Test func stringsAndNumbersAreWrittenAsJSONEncoderWritesThem() throws {
    let controls = String(decoding: (0..<0x20).map { UInt8($0) } + [0x7F], as: UTF8.self)
    let strings = [controls, #"a "quoted" \ back/slash"#, "合同𠀀\u{2028}\u{FEFF}é", ""]
    let numbers: [JSONValue] = [0, -1, .int(Int.max), .int(Int.min), 2.5, -0.125, 1e-7, 3.0]
    for value in strings.map(JSONValue.string) + numbers + [.null, true, false] {
      #expect(try value.writtenJSON() == Self.encoderJSON(value), "\(value)")
    }
  }

  @Test func nestedValuesAreWrittenAsJSONEncoderWritesThem() throws {
    let value: JSONValue = [
      "zeta": [1, ["b": "x", "a": [nil, true]], []], "alpha": [:], "mid": ["k": "合\n同"], "a": 0.5,
    ]
    #expect(try value.writtenJSON() == Self.encoderJSON(value))
    #expect(try JSONValue(parsing: Data(try value.writtenJSON())) == value)
  }

  @Test func initializeResultBuiltByHandEqualsItsCodableEncoding() throws {
    let minimal = InitializeResult(capabilities: ServerCapabilities())
    var pulled = InitializeResultTests.fullResult
    pulled.serverInfo = ServerInfo(name: "gouji")
    for result in [InitializeResultTests.fullResult, minimal, pulled] {
      #expect(result.json == (try JSONValue(encoding: result)))
      #expect(try result.json.writtenJSON() == Self.encoderJSON(result))
    }
  }
}
