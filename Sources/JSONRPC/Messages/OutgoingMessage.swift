import Foundation
import GoujiJSON
import LanguageServerProtocol

/// Encodes the JSON bodies of outgoing messages (without framing).
///
/// Absent params are omitted; a response carries exactly one of `result` and `error`, and a `null` result is
/// written as `"result": null` because the member is required.
package enum OutgoingMessage {
  package static func request(id: RequestID, method: String, params: (some Encodable)?) throws -> Data {
    try encode(Call(id: id, method: method, params: params))
  }

  package static func notification(method: String, params: (some Encodable)?) throws -> Data {
    try encode(Call(id: nil, method: method, params: params))
  }

  package static func response(id: RequestID, result: some Encodable) throws -> Data {
    try encode(Success(id: id, result: result))
  }

  /// A response whose result is JSON already, written by hand (``JSONValue/writtenJSON()``), without `JSONEncoder`.
  package static func response(id: RequestID, json result: JSONValue) throws -> Data {
    Data(try JSONValue.object(["jsonrpc": "2.0", "id": id.jsonValue, "result": result]).writtenJSON())
  }

  /// An error response; `id` is `nil` (written as `"id": null`) when the request's id could not be read.
  package static func response(id: RequestID?, error: ResponseError) throws -> Data {
    try encode(Failure(id: id, error: error))
  }

  private static func encode(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
  }
}

private enum EnvelopeKeys: String, CodingKey {
  case jsonrpc, id, method, params, result, error
}

/// A request (with an id) or a notification (without).
private struct Call<Params: Encodable>: Encodable {
  var id: RequestID?
  var method: String
  var params: Params?

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: EnvelopeKeys.self)
    try container.encode("2.0", forKey: .jsonrpc)
    try container.encodeIfPresent(id, forKey: .id)
    try container.encode(method, forKey: .method)
    try container.encodeIfPresent(params, forKey: .params)
  }
}

/// A successful response. `encode` (not `encodeIfPresent`) writes a `nil` result as `null`.
private struct Success<Result: Encodable>: Encodable {
  var id: RequestID
  var result: Result

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: EnvelopeKeys.self)
    try container.encode("2.0", forKey: .jsonrpc)
    try container.encode(id, forKey: .id)
    try container.encode(result, forKey: .result)
  }
}

/// A failed response. A missing id is written as `"id": null`.
private struct Failure: Encodable {
  var id: RequestID?
  var error: ResponseError

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: EnvelopeKeys.self)
    try container.encode("2.0", forKey: .jsonrpc)
    try container.encode(id, forKey: .id)
    try container.encode(error, forKey: .error)
  }
}
