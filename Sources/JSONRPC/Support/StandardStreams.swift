#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Protection of the protocol stream from stray output.
package enum StandardStreams {
  /// Moves the protocol stream away from file descriptor 1 and returns the descriptor to write protocol messages
  /// to; from then on, descriptor 1 is a copy of standard error.
  ///
  /// A `print` anywhere in the process (or a library writing to stdout) then lands in the client's log instead of
  /// corrupting the framed message stream. The returned descriptor is close-on-exec, so child processes do not
  /// inherit the protocol stream. Call it once, before any other thread writes to standard output. If the
  /// descriptors cannot be duplicated (which takes a broken process), it logs the problem and returns 1 unprotected.
  package static func takeOverStandardOutput() -> Int32 {
    fflush(nil)
    let protocolDescriptor = dup(STDOUT_FILENO)
    guard protocolDescriptor >= 0 else {
      Log.error("cannot duplicate standard output (\(SystemCallError(code: errno))); stray output may corrupt LSP")
      return STDOUT_FILENO
    }
    _ = fcntl(protocolDescriptor, F_SETFD, FD_CLOEXEC)
    guard dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
      Log.error("cannot redirect standard output (\(SystemCallError(code: errno))); stray output may corrupt LSP")
      close(protocolDescriptor)
      return STDOUT_FILENO
    }
    return protocolDescriptor
  }
}
