import GoujiJSON

/// The id of a request: an integer or a string (`integer | string`), also used by `$/cancelRequest`.
package typealias RequestID = IntegerOrString

/// An LSP value written `integer | string` (a request id, a diagnostic code): read as an integer when it is one.
package enum IntegerOrString: Hashable, Sendable {
  case number(Int)
  case string(String)
}

extension IntegerOrString: Codable {
  package init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Int.self) {
      self = .number(number)
    } else {
      self = .string(try container.decode(String.self))
    }
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .number(let number): try container.encode(number)
    case .string(let string): try container.encode(string)
    }
  }
}

extension IntegerOrString: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
  package init(integerLiteral value: Int) { self = .number(value) }
  package init(stringLiteral value: String) { self = .string(value) }
}

extension IntegerOrString: CustomStringConvertible {
  /// The value as it appears in JSON: `7` or `"abc"`.
  package var description: String {
    switch self {
    case .number(let number): return String(number)
    case .string(let string): return "\"\(string)\""
    }
  }
}

extension IntegerOrString {
  /// The value as a JSON value.
  package var jsonValue: JSONValue {
    switch self {
    case .number(let number): return .int(number)
    case .string(let string): return .string(string)
    }
  }

  /// The value a JSON value denotes, if it is an integer (possibly written as `1.0`) or a string.
  package init?(_ value: JSONValue) {
    switch value {
    case .string(let string): self = .string(string)
    default:
      guard let number = value.intValue else { return nil }
      self = .number(number)
    }
  }
}
