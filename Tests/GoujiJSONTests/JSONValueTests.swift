import Foundation
import GoujiJSON
import Testing

@Suite struct JSONValueTests {
  @Test func everyKindRoundTrips() throws {
    let value: JSONValue = ["n": nil, "b": true, "i": 42, "d": 1.5, "s": "合同𠀀", "a": [1, "x"], "o": ["k": false]]
    let text = try value.jsonText()
    #expect(text == #"{"a":[1,"x"],"b":true,"d":1.5,"i":42,"n":null,"o":{"k":false},"s":"合同𠀀"}"#)
    #expect(try JSONValue(parsing: Data(text.utf8)) == value)
  }

  @Test func integersStayIntegers() throws {
    let parsed = try JSONValue(parsing: Data("[1, -7, 9007199254740993, 2.5]".utf8))
    #expect(parsed == [1, -7, .int(9_007_199_254_740_993), 2.5])
    #expect(try parsed.jsonText() == "[1,-7,9007199254740993,2.5]")
  }

  @Test func booleansAreNotNumbers() throws {
    #expect(try JSONValue(parsing: Data("[true, 1, 0]".utf8)) == [true, 1, 0])
  }

  @Test func accessors() {
    let value: JSONValue = ["a": ["b": [10, 2.0]], "s": "x"]
    #expect(value.value(at: "a", "b")?[0]?.intValue == 10)
    #expect(value.value(at: "a", "b")?[1]?.intValue == 2)
    #expect(value.value(at: "a", "b")?[0]?.doubleValue == 10)
    #expect(value.value(at: "a", "b")?[2] == nil)
    #expect(value["s"]?.stringValue == "x")
    #expect(value["s"]?.intValue == nil)
    #expect(value["missing"] == nil)
    #expect(value.value(at: "s", "deeper") == nil)
    #expect(JSONValue.null.isNull)
    #expect(JSONValue.bool(false).boolValue == false)
    #expect(value.objectValue?.count == 2)
    #expect(JSONValue.double(2.5).intValue == nil)
  }

  /// A typed value of the shape LSP's `Position` has.
  private struct Point: Codable, Equatable {
    var line: Int
    var character: Int
  }

  @Test func typedValuesConvertBothWays() throws {
    let point = Point(line: 3, character: 4)
    let json = try JSONValue(encoding: point)
    #expect(json == ["line": 3, "character": 4])
    #expect(try json.decode(Point.self) == point)
  }
}
