import JSONRPC
import LanguageServerProtocol

extension LanguageServer {
  /// Logs to standard error and, once `initialize` arrived, to the client's log (`window/logMessage`).
  func log(_ type: MessageType, _ message: String) {
    switch type {
    case .error: Log.error(message)
    case .warning: Log.warning(message)
    default: Log.info(message)
    }
    guard phase == .running || phase == .shutDown else { return }
    connection?.send(LogMessageNotification(type: type, message: message))
  }

  /// Logs details to standard error only, when the log level asks for them.
  func debug(_ message: @autoclosure () -> String) {
    Log.debug(message())
  }

  /// Tells the user (`window/showMessage`), and logs it.
  func showMessage(_ type: MessageType, _ message: String) {
    Log.warning(message)
    guard phase == .running else { return }
    connection?.send(ShowMessageNotification(type: type, message: message))
  }
}
