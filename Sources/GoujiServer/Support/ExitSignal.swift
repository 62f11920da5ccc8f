import Dispatch
import GoujiText
import JSONRPC

/// The end of a server's life: the exit status, set once, and a way to wait for it.
final class ExitSignal: Sendable {
  private let status = Locked<Int32?>(nil)
  private let semaphore = DispatchSemaphore(value: 0)

  /// Records `code` as the exit status unless one was recorded before, and wakes the waiters.
  func finish(_ code: Int32) {
    let isFirst = status.withLock { status -> Bool in
      guard status == nil else { return false }
      status = code
      return true
    }
    if isFirst { semaphore.signal() }
  }

  /// The exit status, waiting for it until `deadline`; `nil` on timeout.
  func wait(until deadline: DispatchTime = .distantFuture) -> Int32? {
    guard semaphore.wait(timeout: deadline) == .success else { return nil }
    semaphore.signal()
    return status.withLock { $0 }
  }
}
