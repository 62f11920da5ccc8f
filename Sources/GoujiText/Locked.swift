import Foundation

/// A value guarded by a lock, for state shared between threads: a text's lazily made position checkpoints, the
/// connection's reader thread, the server's queue and senders, the command line's tests. The one lock of the
/// package: it lives in the lowest module, which needs it first.
package final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value

  package init(_ value: Value) {
    self.value = value
  }

  package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
