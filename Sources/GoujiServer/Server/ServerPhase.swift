/// Where the server is in the protocol's lifecycle.
enum ServerPhase {
  /// Waiting for `initialize`: requests are refused with `ServerNotInitialized`, notifications dropped (but `exit`).
  case uninitialized
  /// Working.
  case running
  /// After `shutdown`: requests are refused with `InvalidRequest`; only `exit` is acted on.
  case shutDown
  /// After `exit`, or when the connection closed.
  case exited
}
