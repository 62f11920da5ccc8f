import Foundation
import GoujiRules

/// Last year's summaries handed from one file's check to a later file's check of the same run (``LastYears``).
///
/// The check of a report that is another's last year puts its ``PreviousYear`` here once it has read the file
/// (`nil` when it could not); the check of the later report waits for it. Only reports that come before the report
/// that waits are handed over this way, so the wait always ends: they were claimed first, and their own waits go
/// further back still. A summary is kept once put (a few kilobytes: figures and sentence hashes, never the text).
final class SummaryHandover: @unchecked Sendable {
  private let condition = NSCondition()
  /// The paths whose checks put a summary here.
  let expected: Set<String>
  private var summaries: [String: PreviousYear?] = [:]

  init(expected: Set<String>) {
    self.expected = expected
  }

  /// Puts the summary of `path` (`nil`: its check could not read it), when a later check waits for it.
  func put(_ summary: @autoclosure () -> PreviousYear?, of path: String) {
    guard expected.contains(path) else { return }
    let made = summary()
    condition.lock()
    if summaries[path] == nil { summaries[path] = .some(made) }
    condition.broadcast()
    condition.unlock()
  }

  /// The summary of `path`, waiting until its check has put it; `nil` at once for a path no check puts.
  func summary(of path: String) -> PreviousYear? {
    guard expected.contains(path) else { return nil }
    condition.lock()
    defer { condition.unlock() }
    while summaries[path] == nil { condition.wait() }
    return summaries[path] ?? nil
  }
}
