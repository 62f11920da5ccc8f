import GoujiJSON
import LanguageServerProtocol
import Testing

@Suite struct RequestIDTests {
  @Test func requestIdsDecodeFromNumbersAndStrings() throws {
    #expect(try decode(RequestID.self, "12") == 12)
    #expect(try decode(RequestID.self, #""a""#) == "a")
    #expect(RequestID(JSONValue.double(3.0)) == .number(3))
    #expect(RequestID(JSONValue.bool(true)) == nil)
    #expect(RequestID.string("a").description == #""a""#)
  }
}
