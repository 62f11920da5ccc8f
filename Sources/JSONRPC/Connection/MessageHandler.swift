/// Receives the messages of a ``Connection``, one at a time, in the order they arrived, on the connection's serial
/// handler queue.
package protocol MessageHandler: AnyObject, Sendable {
  /// Handles one message. Requests must eventually be answered through `connection`, from any thread.
  func handle(_ message: IncomingMessage, connection: Connection)

  /// Called once, after the last message, when the input ended or the connection was closed.
  func connectionClosed(_ connection: Connection)
}

extension MessageHandler {
  package func connectionClosed(_ connection: Connection) {}
}
