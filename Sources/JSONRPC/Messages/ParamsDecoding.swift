import GoujiJSON
import LanguageServerProtocol

/// Decodes a message's `params` as `T`, or throws an `InvalidParams` error that names the problem and where it is,
/// e.g. `invalid params: missing member 'textDocument.uri'`.
///
/// Absent params decode as the empty object, so parameterless messages and all-optional params need no special case.
package func decodeParams<T: Decodable>(_ type: T.Type = T.self, from params: JSONValue?) throws(ResponseError) -> T {
  do {
    return try (params ?? [:]).decode(T.self)
  } catch let error as DecodingError {
    throw .invalidParams("invalid params: \(error.problemDescription)")
  } catch {
    throw .invalidParams("invalid params: \(error)")
  }
}

extension LSPMessage {
  /// Decodes the params of this message type; see ``decodeParams(_:from:)``.
  package static func decode(params: JSONValue?) throws(ResponseError) -> Self {
    try decodeParams(Self.self, from: params)
  }
}

extension DecodingError {
  /// What is wrong, for people: the member path and the mismatch, without Swift type noise.
  package var problemDescription: String {
    switch self {
    case .keyNotFound(let key, let context):
      return "missing member '\(Self.path(context.codingPath + [key]))'"
    case .valueNotFound(let type, let context):
      return "'\(Self.path(context.codingPath))' is null, expected \(Self.jsonKind(of: type))"
    case .typeMismatch(let type, let context):
      return "'\(Self.path(context.codingPath))' should be \(Self.jsonKind(of: type))"
    case .dataCorrupted(let context):
      return "'\(Self.path(context.codingPath))': \(context.debugDescription)"
    @unknown default:
      return String(describing: self)
    }
  }

  /// A coding path as `a.b[2].c`; `params` for the top level.
  static func path(_ codingPath: [any CodingKey]) -> String {
    var result = ""
    for key in codingPath {
      if let index = key.intValue {
        result += "[\(index)]"
      } else {
        result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return result.isEmpty ? "params" : result
  }

  /// The JSON kind a Swift type is decoded from.
  static func jsonKind(of type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Bool.Type: return "a boolean"
    case is Int.Type, is Int32.Type, is Int64.Type, is UInt32.Type, is UInt.Type: return "an integer"
    case is Double.Type, is Float.Type: return "a number"
    case is [Any].Type: return "an array"
    default:
      let name = String(describing: type)
      return name.hasPrefix("Array") ? "an array" : name.hasPrefix("Dictionary") ? "an object" : "an object (\(name))"
    }
  }
}
