import Foundation

extension JSONValue {
  /// The value any `Encodable` encodes to, e.g. to put typed params into a message.
  package init(encoding value: some Encodable) throws {
    let data = try JSONEncoder().encode(value)
    self = try JSONDecoder().decode(JSONValue.self, from: data)
  }

  /// Parses JSON text.
  package init(parsing data: Data) throws {
    self = try JSONDecoder().decode(JSONValue.self, from: data)
  }

  /// Decodes a typed value from this JSON, throwing the decoder's `DecodingError` on a mismatch.
  package func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
    try JSONDecoder().decode(T.self, from: try jsonData())
  }

  /// Compact JSON with sorted keys and unescaped slashes (``writtenJSON()``).
  package func jsonData() throws -> Data {
    Data(try writtenJSON())
  }

  /// Compact JSON text with sorted keys.
  package func jsonText() throws -> String {
    String(decoding: try jsonData(), as: UTF8.self)
  }
}
