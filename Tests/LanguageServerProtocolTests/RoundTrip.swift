import Foundation
import GoujiJSON
import LanguageServerProtocol
import Testing

/// Checks that `json` decodes to `value` and that `value` encodes to exactly `json` (compared as JSON values, so key
/// order and whitespace do not matter but every `null` and every extra member does).
func expectRoundTrip<T: Codable & Equatable>(
  _ value: T,
  _ json: String,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let decoded = try JSONDecoder().decode(T.self, from: Data(json.utf8))
  #expect(decoded == value, sourceLocation: sourceLocation)
  let expected = try JSONValue(parsing: Data(json.utf8))
  let encoded = try JSONValue(encoding: value)
  #expect(encoded == expected, sourceLocation: sourceLocation)
}

/// Checks a message's method name and its params' round trip.
func expectMessage<M: LSPMessage>(
  _ message: M,
  method: String,
  params: String,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  #expect(M.method == method, sourceLocation: sourceLocation)
  try expectRoundTrip(message, params, sourceLocation: sourceLocation)
}

/// Checks a request's response type round trip.
func expectResponse<R: LSPRequest>(
  _ type: R.Type,
  _ response: R.Response,
  _ json: String,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  try expectRoundTrip(response, json, sourceLocation: sourceLocation)
}

/// Decodes `json` as `T`.
func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
  try JSONDecoder().decode(T.self, from: Data(json.utf8))
}

/// A range on one line, for brevity.
func range(_ line: Int, _ start: Int, _ end: Int) -> LSPRange {
  LSPRange(start: Position(line: line, character: start), end: Position(line: line, character: end))
}

/// The JSON of ``range(_:_:_:)``.
func rangeJSON(_ line: Int, _ start: Int, _ end: Int) -> String {
  #"{"start":{"line":\#(line),"character":\#(start)},"end":{"line":\#(line),"character":\#(end)}}"#
}
