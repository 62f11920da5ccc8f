/// How a cell's value was read: the one thing a user needs to know before trusting it.
///
/// Only ``written`` and ``solved`` values are verified readings; the rules give verdicts on them alone.
package enum Confidence: String, Sendable, Hashable, CaseIterable {
  /// Read directly: the cell stood on its own (a TAB, a line, a space or a grid bar around it).
  case written
  /// Cut from digits written together, or placed from a stream of values (PDF text in reading order), and the only
  /// reading the column kinds and the balancing rules allow.
  case solved
  /// Cut from digits written together, where several splits are possible and none is ruled out: the most plausible
  /// one is shown, but it is a guess.
  case inferred
  /// Could not be read: missing, or digits that split in no way, or in several ways the rules cannot choose from.
  case unreadable

  /// Whether a rule may compare the value (and report an error about it).
  package var isVerified: Bool { self == .written || self == .solved }
}
