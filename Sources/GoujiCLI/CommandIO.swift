import Foundation

/// Where a command reads and writes: the process's standard streams, or buffers in tests.
package struct CommandIO: Sendable {
  package var out: @Sendable (String) -> Void
  package var err: @Sendable (String) -> Void
  package var readStandardInput: @Sendable () -> [UInt8]
  package var environment: [String: String]
  /// Whether standard output is a terminal (colour is used only then).
  package var isTerminal: Bool

  package init(
    out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
    readStandardInput: @escaping @Sendable () -> [UInt8], environment: [String: String], isTerminal: Bool
  ) {
    self.out = out
    self.err = err
    self.readStandardInput = readStandardInput
    self.environment = environment
    self.isTerminal = isTerminal
  }
}
