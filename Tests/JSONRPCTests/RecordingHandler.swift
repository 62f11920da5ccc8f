import Dispatch
import Foundation
import GoujiJSON
import JSONRPC
import LanguageServerProtocol

/// A handler that records what it receives and answers every request with its method and params.
final class RecordingHandler: MessageHandler, @unchecked Sendable {
  private let lock = NSLock()
  private var received: [IncomingMessage] = []
  private var closedCount = 0
  private let arrivals = DispatchSemaphore(value: 0)
  private let closings = DispatchSemaphore(value: 0)
  /// Whether requests are answered with `{"method": ..., "params": ...}`.
  let answersRequests: Bool
  /// How long each message takes to handle, to let input pile up behind a busy handler.
  let delay: Duration

  init(answersRequests: Bool = true, delay: Duration = .zero) {
    self.answersRequests = answersRequests
    self.delay = delay
  }

  func handle(_ message: IncomingMessage, connection: Connection) {
    if delay > .zero { Thread.sleep(forTimeInterval: delay / .seconds(1)) }
    lock.withLock { received.append(message) }
    if answersRequests, case .request(let id, let method, let params) = message {
      connection.send(response: ["method": .string(method), "params": params ?? nil] as JSONValue, id: id)
    }
    arrivals.signal()
  }

  func connectionClosed(_ connection: Connection) {
    lock.withLock { closedCount += 1 }
    closings.signal()
  }

  /// The messages received so far.
  var messages: [IncomingMessage] {
    lock.withLock { received }
  }

  var timesClosed: Int {
    lock.withLock { closedCount }
  }

  /// Waits for `count` more messages; `false` on timeout.
  func waitForMessages(_ count: Int, timeout: Double = 5) -> Bool {
    (0..<count).allSatisfy { _ in arrivals.wait(timeout: .now() + timeout) == .success }
  }

  /// Waits for `connectionClosed`; `false` on timeout.
  func waitUntilClosed(timeout: Double = 5) -> Bool {
    closings.wait(timeout: .now() + timeout) == .success
  }
}

/// A loopback transport with a started connection and a recording handler, closed in order when done.
struct Harness: Sendable {
  let transport: LoopbackTransport
  let connection: Connection
  let handler: RecordingHandler

  init(answersRequests: Bool = true, handlerDelay: Duration = .zero) throws {
    transport = try LoopbackTransport()
    connection = transport.makeConnection()
    handler = RecordingHandler(answersRequests: answersRequests, delay: handlerDelay)
    connection.start(handler: handler)
  }

  /// Ends the input, waits for the connection to close, and releases the descriptors.
  func finish() -> Bool {
    transport.finishSending()
    let closed = handler.waitUntilClosed()
    transport.close()
    return closed
  }
}
