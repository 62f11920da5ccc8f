import Foundation
import GoujiJSON
import LanguageServerProtocol

extension Connection {
  /// Answers request `id` with `result`. An `Optional` result that is `nil` is sent as `"result": null`.
  package func send(response result: some Encodable, id: RequestID) {
    do {
      write(try OutgoingMessage.response(id: id, result: result))
    } catch {
      Log.error("cannot encode the result of request \(id): \(error)")
      send(error: .internalError("the server could not encode its result"), id: id)
    }
  }

  /// Answers request `id` with a result that is JSON already, without `JSONEncoder` (hot replies such as
  /// `initialize`'s).
  package func send(response result: JSONValue, id: RequestID) {
    do {
      write(try OutgoingMessage.response(id: id, json: result))
    } catch {
      Log.error("cannot write the result of request \(id): \(error)")
      send(error: .internalError("the server could not encode its result"), id: id)
    }
  }

  /// Answers request `id` (or, with `nil`, a request whose id could not be read) with an error.
  package func send(error: ResponseError, id: RequestID?) {
    do {
      write(try OutgoingMessage.response(id: id, error: error))
    } catch {
      Log.error("cannot encode an error response: \(error)")
    }
  }

  /// Sends a notification with params.
  package func send(notification method: String, params: some Encodable) {
    do {
      write(try OutgoingMessage.notification(method: method, params: params))
    } catch {
      Log.error("cannot encode the params of \(method): \(error)")
    }
  }

  /// Sends a notification without params.
  package func send(notification method: String) {
    do {
      write(try OutgoingMessage.notification(method: method, params: JSONValue?.none))
    } catch {
      Log.error("cannot encode \(method): \(error)")
    }
  }

  /// Sends a typed notification, omitting params for types that carry none.
  package func send<Notification: LSPNotification>(_ notification: Notification) {
    if Notification.carriesParams {
      send(notification: Notification.method, params: notification)
    } else {
      send(notification: Notification.method)
    }
  }

  /// Frames and writes one message body, whole, unless the connection is closed. A failed write (the peer went
  /// away) closes the connection.
  func write(_ body: Data) {
    guard !isClosed else {
      Log.debug("dropping an outgoing message: the connection is closed")
      return
    }
    let framed = Array(MessageFramer.frame(body))
    let failure = writeLock.withLock { () -> SystemCallError? in
      do throws(SystemCallError) {
        try FileDescriptorIO.write(outputDescriptor, framed)
        return nil
      } catch {
        return error
      }
    }
    if let failure {
      Log.error("writing the protocol stream failed: \(failure)")
      close()
    }
  }
}
