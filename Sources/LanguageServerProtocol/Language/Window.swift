/// The kind of a `window/logMessage` or `window/showMessage`.
package struct MessageType: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  package static let error = MessageType(rawValue: 1)
  package static let warning = MessageType(rawValue: 2)
  package static let info = MessageType(rawValue: 3)
  package static let log = MessageType(rawValue: 4)
  /// New in 3.18; clients that do not know it may ignore such messages.
  package static let debug = MessageType(rawValue: 5)
}

/// How much the server should report through `$/logTrace`.
package struct TraceValue: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: String

  package init(rawValue: String) {
    self.rawValue = rawValue
  }

  package static let off = TraceValue(rawValue: "off")
  package static let messages = TraceValue(rawValue: "messages")
  package static let verbose = TraceValue(rawValue: "verbose")
}

/// The unit in which `Position.character` counts.
package struct PositionEncodingKind: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: String

  package init(rawValue: String) {
    self.rawValue = rawValue
  }

  package static let utf8 = PositionEncodingKind(rawValue: "utf-8")
  /// The default, and the only encoding every client supports.
  package static let utf16 = PositionEncodingKind(rawValue: "utf-16")
  package static let utf32 = PositionEncodingKind(rawValue: "utf-32")
}
