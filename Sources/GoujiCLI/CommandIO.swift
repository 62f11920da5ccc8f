import Foundation
import GoujiText

/// Where a command reads and writes: the process's standard streams, or buffers in tests.
package struct CommandIO: Sendable {
  package var out: @Sendable (String) -> Void
  package var err: @Sendable (String) -> Void
  package var readStandardInput: @Sendable () -> [UInt8]
  package var environment: [String: String]
  /// Whether standard output is a terminal (colour is used only then).
  package var isTerminal: Bool
  /// The longest text a command reads, in bytes (raw and decoded); a longer file is refused before it is read. Tests
  /// lower it to try the refusal without a 4 GiB file.
  package var maximumTextBytes = SourceText.maximumByteCount

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
