import GoujiAnalysis
import GoujiText
import JSONRPC
import LanguageServerProtocol

/// How many `didChange` notifications of each document the connection has read and the server's queue has not yet
/// applied, and the token each document's work holds: reading a change cancels it at once, so that an analysis of
/// an older version stops at its next check and no request waits behind it. A change with a newer one queued
/// behind it is applied to the text only when re-reading it would mean a full read: the newer change will be read
/// anyway, so a burst of structural edits costs one read, not one each.
final class QueuedChanges: Sendable {
  private struct State {
    var counts: [DocumentURI: Int] = [:]
    var tokens: [DocumentURI: CancellationToken] = [:]
  }

  private let state = Locked(State())

  /// Notes, on the connection's thread, that a change of `uri` was read: work on an older version stops.
  func received(_ uri: DocumentURI) {
    state.withLock { state in
      state.counts[uri, default: 0] += 1
      state.tokens.removeValue(forKey: uri)?.cancel()
    }
  }

  /// Notes, on the server's queue, that a change of `uri` is being applied; returns whether a newer one is queued.
  @discardableResult
  func applying(_ uri: DocumentURI) -> Bool {
    state.withLock { state in
      let remaining = max(0, (state.counts[uri] ?? 1) - 1)
      state.counts[uri] = remaining == 0 ? nil : remaining
      return remaining > 0
    }
  }

  /// A token cancelled as soon as a change of `uri` newer than those applied is read (already cancelled when one
  /// is queued).
  func newerChange(of uri: DocumentURI) -> CancellationToken {
    state.withLock { state in
      guard state.counts[uri] == nil else { return .cancelled }
      if let token = state.tokens[uri] { return token }
      let token = CancellationToken()
      state.tokens[uri] = token
      return token
    }
  }

  /// Forgets the token of `uri` (closed).
  func forget(_ uri: DocumentURI) {
    state.withLock { _ = $0.tokens.removeValue(forKey: uri) }
  }
}
