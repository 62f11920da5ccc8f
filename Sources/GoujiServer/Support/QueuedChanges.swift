import LanguageServerProtocol

/// How many `didChange` notifications of each document the connection has read and the server's queue has not yet
/// applied. A change with a newer one queued behind it is applied to the text only when re-reading it would mean a
/// full read: the newer change will be read anyway, so a burst of structural edits costs one read, not one each.
final class QueuedChanges: Sendable {
  private let counts = Locked([DocumentURI: Int]())

  /// Notes, on the connection's thread, that a change of `uri` was read.
  func received(_ uri: DocumentURI) {
    counts.withLock { $0[uri, default: 0] += 1 }
  }

  /// Notes, on the server's queue, that a change of `uri` is being applied; returns whether a newer one is queued.
  func applying(_ uri: DocumentURI) -> Bool {
    counts.withLock { counts in
      let remaining = max(0, (counts[uri] ?? 1) - 1)
      counts[uri] = remaining == 0 ? nil : remaining
      return remaining > 0
    }
  }
}
