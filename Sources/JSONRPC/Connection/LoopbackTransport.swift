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

/// Two pipes joining a ``Connection`` under test to a peer that the test plays, in one process.
///
/// The connection reads ``connectionInput`` and writes ``connectionOutput``; the test writes with `send`/`write`
/// and reads with ``receive(timeout:)``. ``finishSending()`` ends the connection's input, as a client exiting
/// would. The transport owns all four descriptors and closes them in ``close()`` (or when released): finish sending
/// and let the connection close before releasing it.
package final class LoopbackTransport: Sendable {
  /// The descriptor the connection reads from.
  package let connectionInput: Int32
  /// The descriptor the connection writes to.
  package let connectionOutput: Int32
  private let peerOutput: Int32
  private let peerInput: Int32
  private let peerFramer = Locked(MessageFramer())
  private let openDescriptors: Locked<Set<Int32>>

  package init() throws(SystemCallError) {
    let toConnection = try Self.makePipe()
    let fromConnection = try Self.makePipe()
    connectionInput = toConnection.read
    peerOutput = toConnection.write
    peerInput = fromConnection.read
    connectionOutput = fromConnection.write
    openDescriptors = Locked([connectionInput, peerOutput, peerInput, connectionOutput])
    signal(SIGPIPE, SIG_IGN)
  }

  deinit {
    close()
  }

  /// A connection on this transport's connection side (not yet started).
  package func makeConnection(label: String = "gouji.loopback") -> Connection {
    Connection(input: connectionInput, output: connectionOutput, label: label)
  }

  /// Writes raw bytes to the connection, framing included (or deliberately broken).
  package func write(_ bytes: some Sequence<UInt8>) {
    try? FileDescriptorIO.write(peerOutput, Array(bytes))
  }

  /// Writes `message` framed with a correct `Content-Length`.
  package func send(_ message: JSONValue) {
    guard let body = try? message.jsonData() else { return }
    write(MessageFramer.frame(body))
  }

  /// Sends a request as the peer.
  package func send(request id: RequestID, method: String, params: JSONValue? = nil) {
    var message: [String: JSONValue] = ["jsonrpc": "2.0", "id": id.jsonValue, "method": .string(method)]
    message["params"] = params
    send(.object(message))
  }

  /// Sends a notification as the peer.
  package func send(notification method: String, params: JSONValue? = nil) {
    var message: [String: JSONValue] = ["jsonrpc": "2.0", "method": .string(method)]
    message["params"] = params
    send(.object(message))
  }

  /// Answers a request the connection sent.
  package func send(responseTo id: RequestID, result: JSONValue) {
    send(["jsonrpc": "2.0", "id": id.jsonValue, "result": result])
  }

  /// Ends the connection's input: its reader sees end of file and the connection closes.
  package func finishSending() {
    closeDescriptor(peerOutput)
  }

  /// The next message the connection wrote, parsed; `nil` on timeout, end of stream or unparseable output.
  package func receive(timeout: Duration = .seconds(5)) -> JSONValue? {
    guard let body = receiveBody(timeout: timeout) else { return nil }
    return try? JSONValue(parsing: body)
  }

  /// The next message body the connection wrote, as bytes; `nil` on timeout or end of stream.
  package func receiveBody(timeout: Duration = .seconds(5)) -> Data? {
    let deadline = ContinuousClock.now + timeout
    while true {
      if let frame = peerFramer.withLock({ $0.nextFrame() }) {
        return try? frame.get()
      }
      let remaining = ContinuousClock.now.duration(to: deadline)
      let milliseconds = Int32(clamping: Int((remaining / .milliseconds(1)).rounded(.up)))
      guard remaining > .zero, FileDescriptorIO.waitUntilReadable(peerInput, milliseconds: milliseconds) else {
        return nil
      }
      guard let bytes = try? FileDescriptorIO.read(peerInput), !bytes.isEmpty else { return nil }
      peerFramer.withLock { $0.append(bytes) }
    }
  }

  /// Closes every descriptor still open. Idempotent.
  package func close() {
    for descriptor in [peerOutput, peerInput, connectionInput, connectionOutput] {
      closeDescriptor(descriptor)
    }
  }

  private func closeDescriptor(_ descriptor: Int32) {
    let wasOpen = openDescriptors.withLock { $0.remove(descriptor) != nil }
    if wasOpen {
      FileDescriptorIO.close(descriptor)
    }
  }

  private static func makePipe() throws(SystemCallError) -> (read: Int32, write: Int32) {
    var descriptors: [Int32] = [0, 0]
    guard pipe(&descriptors) == 0 else { throw SystemCallError(code: errno) }
    return (descriptors[0], descriptors[1])
  }
}
