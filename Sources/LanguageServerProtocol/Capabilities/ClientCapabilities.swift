import GoujiJSON

/// What the client supports, read leniently from the `capabilities` of `initialize`.
///
/// The whole object is kept in ``raw`` and re-encoded verbatim; the properties read the parts the server cares
/// about and fall back to "not supported" when a part is absent or has an unexpected shape, so no client can make
/// `initialize` fail by sending capabilities this type does not expect.
package struct ClientCapabilities: Codable, Hashable, Sendable {
  /// The capabilities object exactly as the client sent it.
  package var raw: JSONValue

  package init(_ raw: JSONValue = [:]) {
    self.raw = raw
  }

  package init(from decoder: any Decoder) throws {
    raw = try decoder.singleValueContainer().decode(JSONValue.self)
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(raw)
  }

  /// Whether the boolean at `path` is present and `true`.
  package func flag(_ path: String...) -> Bool {
    raw.value(at: path)?.boolValue ?? false
  }

  /// Whether something (other than `null` or `false`) is present at `path`.
  package func isPresent(_ path: String...) -> Bool {
    guard let value = raw.value(at: path) else { return false }
    return !value.isNull && value.boolValue != false
  }

  /// The strings of the array at `path`, skipping non-strings; empty when absent.
  package func strings(_ path: String...) -> [String] {
    raw.value(at: path)?.arrayValue?.compactMap(\.stringValue) ?? []
  }
}
