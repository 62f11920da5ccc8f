import GoujiAnalysis
import GoujiText
import JSONRPC
import LanguageServerProtocol

/// The requests received and not yet answered, each with the token that cancels its work.
///
/// `$/cancelRequest` is recorded here as soon as the connection reads it, without waiting for the server's queue:
/// a request still queued is answered `RequestCancelled` without being computed, and the analysis of a request
/// being computed stops at its next check (between the reader's phases and between rules).
final class RequestTracker: Sendable {
  private let pending = Locked([RequestID: CancellationToken]())

  /// Notes that request `id` arrived.
  func received(_ id: RequestID) {
    pending.withLock { $0[id] = CancellationToken() }
  }

  /// Cancels request `id`, if it is still waiting for its answer.
  func cancel(_ id: RequestID) {
    pending.withLock { $0[id] }?.cancel()
  }

  /// Whether the client cancelled request `id`.
  func isCancelled(_ id: RequestID) -> Bool {
    pending.withLock { $0[id] }?.isCancelled ?? false
  }

  /// Whether request `id` arrived and has not been answered yet: a test knows then that the connection read it and
  /// every message sent before it.
  func isAwaitingAnswer(_ id: RequestID) -> Bool {
    pending.withLock { $0[id] != nil }
  }

  /// Notes that the server began to answer request `id`; returns the token that the client's `$/cancelRequest`
  /// of `id` cancels.
  func starting(_ id: RequestID) -> CancellationToken {
    pending.withLock { $0[id] } ?? CancellationToken()
  }

  /// Forgets request `id` once it has been answered.
  func answered(_ id: RequestID) {
    pending.withLock { _ = $0.removeValue(forKey: id) }
  }
}
