import Foundation

/// Tells a running analysis to stop: cancelled from any thread, checked by the analysis between the reader's
/// phases and between rules. Once cancelled it stays cancelled. A token made from others is cancelled as soon as
/// one of them is.
package final class CancellationToken: Sendable {
  private let lock = NSLock()
  private nonisolated(unsafe) var cancelled = false
  private let others: [CancellationToken]
  /// Run at every check, before the answer is read: a test's hold on the work (`nil` outside tests).
  private let checkpoint: (@Sendable () -> Void)?

  /// A token cancelled when ``cancel()`` is called on it or on one of `others`; `checkpoint` runs at each of its
  /// checks (``isCancelled``).
  package init(cancelledWith others: [CancellationToken] = [], checkpoint: (@Sendable () -> Void)? = nil) {
    self.others = others
    self.checkpoint = checkpoint
  }

  /// A token already cancelled.
  package static var cancelled: CancellationToken {
    let token = CancellationToken()
    token.cancel()
    return token
  }

  package var isCancelled: Bool {
    checkpoint?()
    return lock.withLock { cancelled } || others.contains { $0.isCancelled }
  }

  package func cancel() {
    lock.withLock { cancelled = true }
  }

  /// Throws ``AnalysisCancelled`` once the token is cancelled.
  package func check() throws(AnalysisCancelled) {
    if isCancelled { throw AnalysisCancelled() }
  }
}

/// An analysis stopped before its end because its ``CancellationToken`` was cancelled; nothing of it was kept.
package struct AnalysisCancelled: Error, Equatable {
  package init() {}
}
