import GoujiAnalysis
import GoujiText
import JSONRPC
import LanguageServerProtocol

/// The requests received and not yet answered, each with the token that cancels its work and whether the server
/// began to answer it.
///
/// `$/cancelRequest` is recorded here as soon as the connection reads it, without waiting for the server's queue:
/// a request still queued is answered `RequestCancelled` without being computed, and the analysis of a request
/// being computed stops at its next check (between the reader's phases and between rules).
final class RequestTracker: Sendable {
  /// A request between its arrival and its answer.
  private struct Pending {
    let token = CancellationToken()
    /// Whether the server's queue has taken it up (``RequestTracker/starting(_:)``).
    var isStarted = false
  }

  private let pending = Locked([RequestID: Pending]())

  /// Notes that request `id` arrived.
  func received(_ id: RequestID) {
    pending.withLock { $0[id] = Pending() }
  }

  /// Cancels request `id`, if it is still waiting for its answer.
  func cancel(_ id: RequestID) {
    pending.withLock { $0[id]?.token }?.cancel()
  }

  /// Whether the client cancelled request `id`.
  func isCancelled(_ id: RequestID) -> Bool {
    pending.withLock { $0[id]?.token }?.isCancelled ?? false
  }

  /// Notes that the server began to answer request `id`; returns the token that the client's `$/cancelRequest`
  /// of `id` cancels.
  func starting(_ id: RequestID) -> CancellationToken {
    pending.withLock { requests in
      requests[id]?.isStarted = true
      return requests[id]?.token
    } ?? CancellationToken()
  }

  /// Whether the server began to answer request `id` and has not answered it yet: a cancellation then stops work
  /// under way rather than a request still queued.
  func isStarted(_ id: RequestID) -> Bool {
    pending.withLock { $0[id]?.isStarted ?? false }
  }

  /// Forgets request `id` once it has been answered.
  func answered(_ id: RequestID) {
    pending.withLock { _ = $0.removeValue(forKey: id) }
  }
}
