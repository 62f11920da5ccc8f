import Foundation

extension CommandIO {
  /// The process's own streams. Standard output is written with `write(2)`: when it fails (a full disk, a closed
  /// pipe), the command stops with a message on standard error and exit status 2 instead of crashing.
  package static var standard: CommandIO {
    CommandIO(
      out: { text in
        guard let failure = StandardStream.writeAll(text, to: STDOUT_FILENO) else { return }
        _ = StandardStream.writeAll("gouji: cannot write to standard output: \(failure)\n", to: STDERR_FILENO)
        exit(2)
      },
      err: { _ = StandardStream.writeAll($0, to: STDERR_FILENO) },
      readStandardInput: { Array(FileHandle.standardInput.readDataToEndOfFile()) },
      environment: ProcessInfo.processInfo.environment,
      isTerminal: isatty(1) == 1
    )
  }
}

/// Writing to a standard stream without Foundation's `FileHandle`, which traps when a write fails.
enum StandardStream {
  /// Writes all of `text` to `descriptor`; returns why it failed, or `nil`.
  static func writeAll(_ text: String, to descriptor: Int32) -> String? {
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if result < 0 {
        if errno == EINTR { continue }
        return String(cString: strerror(errno))
      }
      written += result
    }
    return nil
  }
}
