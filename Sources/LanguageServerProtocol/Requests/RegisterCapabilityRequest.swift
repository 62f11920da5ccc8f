import GoujiJSON

/// `client/registerCapability` (server to client): registers for notifications or features after `initialize`,
/// e.g. `workspace/didChangeConfiguration` or file watchers.
package struct RegisterCapabilityRequest: LSPRequest {
  package static let method = "client/registerCapability"
  package typealias Response = VoidResponse

  package var registrations: [Registration]

  package init(registrations: [Registration]) {
    self.registrations = registrations
  }
}

/// One dynamic registration.
package struct Registration: Codable, Hashable, Sendable {
  /// Chosen by the server, to unregister later.
  package var id: String
  package var method: String
  package var registerOptions: JSONValue?

  package init(id: String, method: String, registerOptions: JSONValue? = nil) {
    self.id = id
    self.method = method
    self.registerOptions = registerOptions
  }
}
