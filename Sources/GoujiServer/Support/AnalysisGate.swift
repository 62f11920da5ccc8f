import Dispatch
import GoujiText

/// A test's hold on the server's work on a document: the first check of cancellation reached while the gate is closed
/// waits until the gate opens, so that a test knows that what it sends meanwhile arrives while that reading or
/// analysis runs (`CancellationTests`). Set only through ``ServerOptions/analysisGate``, which a test builds; no
/// message of a client reaches it, and without it the checks never wait.
package final class AnalysisGate: Sendable {
  private struct State {
    var isOpen = false
    var isHolding = false
  }

  private let state = Locked(State())
  private let held = DispatchSemaphore(value: 0)
  private let opened = DispatchSemaphore(value: 0)

  package init() {}

  /// Called at each check of the work: the first check while the gate is closed waits until it opens; every other
  /// check (the server's queue runs one piece of work at a time) goes on at once.
  func pass() {
    let holds = state.withLock { state in
      guard !state.isOpen, !state.isHolding else { return false }
      state.isHolding = true
      return true
    }
    guard holds else { return }
    held.signal()
    opened.wait()
  }

  /// Waits until some work waits at the gate; `false` when `timeout` passes first.
  package func waitUntilHeld(timeout: Duration) -> Bool {
    held.wait(timeout: .now() + timeout.dispatchInterval) == .success
  }

  /// Opens the gate for good: the work waiting goes on, and no check waits any more.
  package func open() {
    let wasHolding = state.withLock { state in
      state.isOpen = true
      return state.isHolding
    }
    if wasHolding { opened.signal() }
  }
}
