import Dispatch
import Foundation

/// Work on many items on every core, its results handed over one by one in the items' order.
///
/// Workers take the next item from a shared counter, so a slow item holds up no other worker; a worker waits only
/// when it would run more than `window` items ahead of the oldest result not yet handed over. Memory is therefore
/// bounded by the window, whatever the number of items.
enum OrderedWork {
  /// Runs `work` for `0..<count` on `workers` threads and calls `deliver` with each result, in index order, on the
  /// calling thread. Returns when every result has been delivered.
  static func run<Result: Sendable>(
    count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil,
    work: @escaping @Sendable (Int) -> Result, deliver: (Result) -> Void
  ) {
    guard count > 0 else { return }
    let state = OrderedWorkState<Result>(count: count, window: window ?? max(4, 4 * workers))
    let group = DispatchGroup()
    for _ in 0..<max(1, min(workers, count)) {
      DispatchQueue.global().async(group: group) {
        while let index = state.claim() { state.finish(index, work(index)) }
      }
    }
    for index in 0..<count { deliver(state.take(index)) }
    group.wait()
  }
}

/// The shared state of an ``OrderedWork`` run: which item is next to claim, and the finished results waiting for
/// their turn.
final class OrderedWorkState<Result: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let count: Int
  private let window: Int
  private var nextToClaim = 0
  private var nextToDeliver = 0
  private var finished: [Int: Result] = [:]

  init(count: Int, window: Int) {
    self.count = count
    self.window = window
  }

  /// The next item to work on, once it is within the window; `nil` when every item is claimed.
  func claim() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while nextToClaim < count && nextToClaim - nextToDeliver >= window { condition.wait() }
    guard nextToClaim < count else { return nil }
    nextToClaim += 1
    return nextToClaim - 1
  }

  func finish(_ index: Int, _ result: Result) {
    condition.lock()
    finished[index] = result
    condition.broadcast()
    condition.unlock()
  }

  /// The result of item `index`, waiting for it; the caller takes results in index order.
  func take(_ index: Int) -> Result {
    condition.lock()
    defer { condition.unlock() }
    while finished[index] == nil { condition.wait() }
    nextToDeliver = index + 1
    condition.broadcast()
    return finished.removeValue(forKey: index)!
  }
}
