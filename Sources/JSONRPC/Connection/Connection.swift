import Dispatch
import Foundation
import GoujiJSON
import GoujiText
import LanguageServerProtocol

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON-RPC connection over a pair of file descriptors.
///
/// A background thread reads and frames the input and hands each message to the ``MessageHandler`` on a serial
/// queue, in order; responses to requests sent with `send(request:...)` go to their completion on that same queue
/// instead. Invalid input is answered by the connection itself and reading goes on. Sending works from any thread;
/// each message is written whole under a lock. The connection does not close its descriptors.
package final class Connection: Sendable {
  /// Receives the result of a request sent to the peer, on the handler queue.
  package typealias ResponseHandler = @Sendable (Result<JSONValue, ResponseError>) -> Void

  let inputDescriptor: Int32
  let outputDescriptor: Int32
  /// The serial queue on which the handler and response handlers run.
  let handlerQueue: DispatchQueue
  let writeLock = NSLock()
  let state = Locked(State())

  struct State {
    var phase = Phase.idle
    var handler: (any MessageHandler)?
    var nextRequestNumber = 1
    var pendingRequests: [RequestID: ResponseHandler] = [:]
  }

  enum Phase {
    case idle, running, closed
  }

  /// A connection reading `input` and writing `output`, e.g. standard input and the descriptor returned by
  /// ``StandardStreams/takeOverStandardOutput()``.
  package init(input: Int32, output: Int32, label: String = "gouji.jsonrpc") {
    self.inputDescriptor = input
    self.outputDescriptor = output
    self.handlerQueue = DispatchQueue(label: "\(label).handler")
  }

  /// Starts reading and delivering messages to `handler`. Call once.
  ///
  /// Also makes the process ignore `SIGPIPE`, so that a peer going away surfaces as a closed connection instead of
  /// killing the process.
  package func start(handler: any MessageHandler) {
    let started = state.withLock { state -> Bool in
      guard state.phase == .idle else { return false }
      state.phase = .running
      state.handler = handler
      return true
    }
    precondition(started, "Connection.start(handler:) called twice or after close()")
    signal(SIGPIPE, SIG_IGN)
    let reader = Thread { [self] in readLoop() }
    reader.name = "\(handlerQueue.label).reader"
    reader.start()
  }

  /// Whether the connection has closed; messages sent after that are dropped.
  package var isClosed: Bool {
    state.withLock { $0.phase == .closed }
  }

  /// Closes the connection: stops delivering new messages, fails requests awaiting a response and calls the
  /// handler's `connectionClosed` after the messages already delivered. Idempotent. The reader thread ends at its
  /// next read, or at the end of the input.
  package func close() {
    let (handler, pending) = state.withLock { state -> ((any MessageHandler)?, [ResponseHandler]) in
      guard state.phase != .closed else { return (nil, []) }
      state.phase = .closed
      defer {
        state.handler = nil
        state.pendingRequests = [:]
      }
      return (state.handler, Array(state.pendingRequests.values))
    }
    handlerQueue.async { [self] in
      for complete in pending {
        complete(.failure(.connectionClosed))
      }
      handler?.connectionClosed(self)
    }
  }

  /// Runs `body` on the handler queue after every message delivered so far has been handled, and waits for it.
  /// For tests and orderly shutdown; never call it from the handler queue.
  package func waitForHandler<T: Sendable>(_ body: @Sendable () -> T = { () }) -> T {
    handlerQueue.sync(execute: body)
  }
}

extension ResponseError {
  /// The failure of a request still awaiting its response when the connection closed.
  package static let connectionClosed = ResponseError(code: .internalError, message: "connection closed")
}
