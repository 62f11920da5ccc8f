import Foundation
import LanguageServerProtocol

extension Connection {
  /// Reads until end of input, an error or `close()`, then closes the connection once the handler has handled
  /// every message read (so requests that arrived just before the end can still be answered).
  func readLoop() {
    var framer = MessageFramer()
    while !isClosed {
      let bytes: [UInt8]
      do {
        bytes = try FileDescriptorIO.read(inputDescriptor)
      } catch {
        Log.error("reading the protocol stream failed: \(error)")
        break
      }
      if bytes.isEmpty { break }
      framer.append(bytes)
      while let frame = framer.nextFrame() {
        receive(frame)
      }
    }
    if framer.bufferedByteCount > 0 {
      Log.warning("the protocol stream ended inside a message (\(framer.bufferedByteCount) bytes dropped)")
    }
    handlerQueue.async { [self] in
      guard let handler = state.withLock({ $0.handler }) else { return close() }
      handler.inputEnded(self)
    }
  }

  /// Parses and routes one framed body or framing error.
  func receive(_ frame: Result<Data, FramingError>) {
    switch frame {
    case .success(let body):
      route(IncomingMessage.parse(body))
    case .failure(let error):
      let parseError = ResponseError.parseError("bad message framing: \(error)")
      route(ParsedMessage(message: .invalid(parseError, id: nil), reply: .init(error: parseError, id: nil)))
    }
  }

  /// Answers invalid input, completes awaited responses, and queues everything else for the handler.
  func route(_ parsed: ParsedMessage) {
    if let reply = parsed.reply {
      Log.warning("answering an invalid message: \(reply.error.message)")
      send(error: reply.error, id: reply.id)
    }
    if case .response(let id, let result) = parsed.message, let complete = takePendingRequest(id) {
      handlerQueue.async { complete(result) }
      return
    }
    guard let handler = state.withLock({ $0.phase == .running ? $0.handler : nil }) else { return }
    handlerQueue.async { [self] in
      handler.handle(parsed.message, connection: self)
    }
  }

  /// Removes and returns the completion waiting for the response `id`.
  func takePendingRequest(_ id: RequestID) -> ResponseHandler? {
    state.withLock { $0.pendingRequests.removeValue(forKey: id) }
  }
}
