import GoujiJSON

/// A command the client can ask the server to run via `workspace/executeCommand`.
package struct Command: Codable, Hashable, Sendable {
  package var title: String
  package var command: String
  package var arguments: [JSONValue]?

  package init(title: String, command: String, arguments: [JSONValue]? = nil) {
    self.title = title
    self.command = command
    self.arguments = arguments
  }
}
