import Foundation

/// A value made on first use and shared by every copy of the ``RuleContext`` that holds it, so that the rules that
/// read the same derived data (every located cell, say) make it once per run rather than once per rule.
package final class LazyShared<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value?

  package init() {}

  /// The value, made by `make` the first time.
  func value(_ make: () -> Value) -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let value { return value }
    let made = make()
    value = made
    return made
  }
}
