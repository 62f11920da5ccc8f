/// Receives the messages of a ``Connection``, one at a time, in the order they arrived, on the connection's serial
/// handler queue.
package protocol MessageHandler: AnyObject, Sendable {
  /// Handles one message. Requests must eventually be answered through `connection`, from any thread.
  func handle(_ message: IncomingMessage, connection: Connection)

  /// Called once, after the last message, when the input ended or the connection was closed.
  func connectionClosed(_ connection: Connection)

  /// Called on the handler queue when the input has ended, after every message read was handed to `handle`. The
  /// handler closes the connection once it has answered what it still holds (by default at once); until then its
  /// answers are still written.
  func inputEnded(_ connection: Connection)
}

extension MessageHandler {
  package func connectionClosed(_ connection: Connection) {}

  package func inputEnded(_ connection: Connection) {
    connection.close()
  }
}
