/// A request or notification of the protocol. A value of the conforming type is the message's `params`.
package protocol LSPMessage: Codable, Hashable, Sendable {
  /// The JSON-RPC method name, e.g. `textDocument/didOpen`.
  static var method: String { get }

  /// Whether the message carries `params` at all. `shutdown`, `exit` and `workspace/diagnostic/refresh` do not:
  /// their `params` member is omitted when sending, and absent params decode as the empty value.
  static var carriesParams: Bool { get }
}

extension LSPMessage {
  package static var carriesParams: Bool { true }
}

/// A request: a message that expects a response whose `result` is a ``Response``.
package protocol LSPRequest: LSPMessage {
  /// The type of the response's `result` (an `Optional` where the protocol allows `null`).
  associatedtype Response: Codable, Hashable, Sendable
}

/// A notification: a message that expects no response.
package protocol LSPNotification: LSPMessage {}

/// The result of a request whose response carries `null` (`shutdown`, `client/registerCapability`, ...).
///
/// It encodes as `null` and decodes from anything, so a client answering `{}` instead of `null` is tolerated.
package struct VoidResponse: Codable, Hashable, Sendable {
  package init() {}

  package init(from decoder: any Decoder) throws {}

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encodeNil()
  }
}
