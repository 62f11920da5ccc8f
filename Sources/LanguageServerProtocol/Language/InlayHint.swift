import GoujiJSON

/// A piece of text the client shows inline without it being part of the document.
package struct InlayHint: Codable, Hashable, Sendable {
  package var position: Position
  package var label: InlayHintLabel
  package var kind: InlayHintKind?
  /// Edits that make the hint part of the document, when the user accepts it.
  package var textEdits: [TextEdit]?
  package var tooltip: StringOrMarkupContent?
  package var paddingLeft: Bool?
  package var paddingRight: Bool?
  package var data: JSONValue?

  package init(
    position: Position,
    label: InlayHintLabel,
    kind: InlayHintKind? = nil,
    textEdits: [TextEdit]? = nil,
    tooltip: StringOrMarkupContent? = nil,
    paddingLeft: Bool? = nil,
    paddingRight: Bool? = nil,
    data: JSONValue? = nil
  ) {
    self.position = position
    self.label = label
    self.kind = kind
    self.textEdits = textEdits
    self.tooltip = tooltip
    self.paddingLeft = paddingLeft
    self.paddingRight = paddingRight
    self.data = data
  }
}

/// An inlay hint's text: a string, or parts that each may have their own tooltip.
package enum InlayHintLabel: Codable, Hashable, Sendable, ExpressibleByStringLiteral {
  case string(String)
  case parts([InlayHintLabelPart])

  package init(stringLiteral value: String) { self = .string(value) }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let string = try? container.decode(String.self) {
      self = .string(string)
    } else {
      self = .parts(try container.decode([InlayHintLabelPart].self))
    }
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let string): try container.encode(string)
    case .parts(let parts): try container.encode(parts)
    }
  }
}

/// One part of an ``InlayHintLabel``.
package struct InlayHintLabelPart: Codable, Hashable, Sendable {
  package var value: String
  package var tooltip: StringOrMarkupContent?
  package var location: Location?
  package var command: Command?

  package init(
    value: String,
    tooltip: StringOrMarkupContent? = nil,
    location: Location? = nil,
    command: Command? = nil
  ) {
    self.value = value
    self.tooltip = tooltip
    self.location = location
    self.command = command
  }
}

/// What an inlay hint annotates: a type (1) or a parameter (2).
package struct InlayHintKind: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  package static let type = InlayHintKind(rawValue: 1)
  package static let parameter = InlayHintKind(rawValue: 2)
}
