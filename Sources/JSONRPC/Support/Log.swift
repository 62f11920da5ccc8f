import Foundation
import GoujiText

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Diagnostics of the server itself, written to standard error (never to the protocol stream).
///
/// Each line is written with one `write` call, so lines from different threads do not interleave.
package enum Log {
  /// How much to write; each level includes the ones before it.
  package enum Level: Int, Comparable, Sendable {
    case error, warning, info, debug

    package static func < (lhs: Level, rhs: Level) -> Bool {
      lhs.rawValue < rhs.rawValue
    }

    /// The level as written in the log. (Interpolating the enum itself would describe it by reflection, whose first
    /// use searches the binary's protocol conformances: a millisecond at start-up.)
    var name: String {
      switch self {
      case .error: "error"
      case .warning: "warning"
      case .info: "info"
      case .debug: "debug"
      }
    }
  }

  private static let threshold = Locked(Level.info)

  /// The most detailed level written; `info` by default.
  package static var level: Level {
    get { threshold.withLock { $0 } }
    set { threshold.withLock { $0 = newValue } }
  }

  package static func error(_ message: @autoclosure () -> String) {
    write(.error, message)
  }

  package static func warning(_ message: @autoclosure () -> String) {
    write(.warning, message)
  }

  package static func info(_ message: @autoclosure () -> String) {
    write(.info, message)
  }

  package static func debug(_ message: @autoclosure () -> String) {
    write(.debug, message)
  }

  private static func write(_ messageLevel: Level, _ message: () -> String) {
    guard messageLevel <= level else { return }
    let line = "gouji [\(messageLevel.name)] \(message())\n"
    try? FileDescriptorIO.write(STDERR_FILENO, Array(line.utf8))
  }
}
