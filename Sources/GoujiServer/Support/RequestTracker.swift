import LanguageServerProtocol

/// The requests received and not yet answered, and which of them the client cancelled.
///
/// `$/cancelRequest` is recorded here as soon as the connection reads it, without waiting for the server's queue,
/// so that a request still queued behind an analysis is answered `RequestCancelled` instead of being computed.
final class RequestTracker: Sendable {
  private struct State {
    var pending: Set<RequestID> = []
    var cancelled: Set<RequestID> = []
  }

  private let state = Locked(State())

  /// Notes that request `id` arrived.
  func received(_ id: RequestID) {
    state.withLock { _ = $0.pending.insert(id) }
  }

  /// Marks request `id` cancelled, if it is still waiting for its answer.
  func cancel(_ id: RequestID) {
    state.withLock { state in
      if state.pending.contains(id) { state.cancelled.insert(id) }
    }
  }

  /// Whether the client cancelled request `id`.
  func isCancelled(_ id: RequestID) -> Bool {
    state.withLock { $0.cancelled.contains(id) }
  }

  /// Forgets request `id` once it has been answered.
  func answered(_ id: RequestID) {
    state.withLock { state in
      state.pending.remove(id)
      state.cancelled.remove(id)
    }
  }
}
