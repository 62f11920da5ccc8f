/// The format of a ``MarkupContent``.
package struct MarkupKind: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: String

  package init(rawValue: String) {
    self.rawValue = rawValue
  }

  package static let plaintext = MarkupKind(rawValue: "plaintext")
  package static let markdown = MarkupKind(rawValue: "markdown")
}

/// Text for humans, plain or Markdown.
package struct MarkupContent: Codable, Hashable, Sendable {
  package var kind: MarkupKind
  package var value: String

  package init(kind: MarkupKind, value: String) {
    self.kind = kind
    self.value = value
  }
}

/// A value the protocol types as `string | MarkupContent` (completion documentation, inlay hint tooltips).
package enum StringOrMarkupContent: Codable, Hashable, Sendable {
  case string(String)
  case markup(MarkupContent)

  package init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let string = try? container.decode(String.self) {
      self = .string(string)
    } else {
      self = .markup(try container.decode(MarkupContent.self))
    }
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let string): try container.encode(string)
    case .markup(let markup): try container.encode(markup)
    }
  }
}
