import Foundation

/// A value guarded by a lock, for state shared between threads: the connection's reader thread, the server's queue
/// and senders. The one lock of the protocol side; the language server uses it too.
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
