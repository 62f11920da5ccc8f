/// `window/logMessage` (server to client): a line for the client's log of this server.
package struct LogMessageNotification: LSPNotification {
  package static let method = "window/logMessage"

  package var type: MessageType
  package var message: String

  package init(type: MessageType, message: String) {
    self.type = type
    self.message = message
  }
}

/// `window/showMessage` (server to client): a message shown to the user, e.g. as a toast.
package struct ShowMessageNotification: LSPNotification {
  package static let method = "window/showMessage"

  package var type: MessageType
  package var message: String

  package init(type: MessageType, message: String) {
    self.type = type
    self.message = message
  }
}
