import GoujiJSON

/// `workspace/executeCommand`: runs one of the server's ``ExecuteCommandOptions/commands``. The result is any JSON
/// (`null` when the command returns nothing).
package struct ExecuteCommandRequest: LSPRequest {
  package static let method = "workspace/executeCommand"
  package typealias Response = JSONValue

  package var command: String
  package var arguments: [JSONValue]?

  package init(command: String, arguments: [JSONValue]? = nil) {
    self.command = command
    self.arguments = arguments
  }
}
