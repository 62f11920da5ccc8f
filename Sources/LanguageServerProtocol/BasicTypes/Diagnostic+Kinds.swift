/// How serious a diagnostic is: 1 error … 4 hint. Unknown values are kept, not rejected.
package struct DiagnosticSeverity: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  package static let error = DiagnosticSeverity(rawValue: 1)
  package static let warning = DiagnosticSeverity(rawValue: 2)
  package static let information = DiagnosticSeverity(rawValue: 3)
  package static let hint = DiagnosticSeverity(rawValue: 4)
}

/// A rendering hint for a diagnostic.
package struct DiagnosticTag: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  /// Shown faded out.
  package static let unnecessary = DiagnosticTag(rawValue: 1)
  /// Shown struck through.
  package static let deprecated = DiagnosticTag(rawValue: 2)
}

/// A diagnostic's code: `integer | string`.
package enum DiagnosticCode: Codable, Hashable, Sendable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
  case number(Int)
  case string(String)

  package init(integerLiteral value: Int) { self = .number(value) }
  package init(stringLiteral value: String) { self = .string(value) }

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
