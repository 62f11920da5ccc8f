#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Blocking reads and writes on raw file descriptors, retrying interrupted and partial calls.
enum FileDescriptorIO {
  /// Reads up to `capacity` bytes; an empty result means end of file. Waits when the descriptor is non-blocking.
  static func read(_ descriptor: Int32, capacity: Int = 64 << 10) throws(SystemCallError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: capacity)
    while true {
      let count = bytes.withUnsafeMutableBytes { Glue.read(descriptor, $0.baseAddress, capacity) }
      if count >= 0 { return Array(bytes.prefix(count)) }
      let code = errno
      if code == EINTR { continue }
      if code == EAGAIN || code == EWOULDBLOCK {
        _ = waitUntilReadable(descriptor, milliseconds: -1)
        continue
      }
      throw SystemCallError(code: code)
    }
  }

  /// Writes all of `bytes`.
  static func write(_ descriptor: Int32, _ bytes: [UInt8]) throws(SystemCallError) {
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeBytes { Glue.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
      if count >= 0 {
        offset += count
        continue
      }
      let code = errno
      if code == EINTR { continue }
      if code == EAGAIN || code == EWOULDBLOCK {
        var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&pollDescriptor, 1, -1)
        continue
      }
      throw SystemCallError(code: code)
    }
  }

  /// Closes `descriptor`, ignoring errors.
  static func close(_ descriptor: Int32) {
    _ = Glue.close(descriptor)
  }

  /// Waits until `descriptor` has bytes to read or is at end of file; `false` on timeout. A negative timeout
  /// waits forever.
  static func waitUntilReadable(_ descriptor: Int32, milliseconds: Int32) -> Bool {
    var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    while true {
      let result = poll(&pollDescriptor, 1, milliseconds)
      if result < 0 && errno == EINTR { continue }
      return result > 0
    }
  }
}

/// The C library's `read`, `write` and `close`, under names that do not clash with ``FileDescriptorIO``'s.
private enum Glue {
  static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Darwin)
    Darwin.read(descriptor, buffer, count)
    #elseif canImport(Musl)
    Musl.read(descriptor, buffer, count)
    #else
    Glibc.read(descriptor, buffer, count)
    #endif
  }

  static func close(_ descriptor: Int32) -> Int32 {
    #if canImport(Darwin)
    Darwin.close(descriptor)
    #elseif canImport(Musl)
    Musl.close(descriptor)
    #else
    Glibc.close(descriptor)
    #endif
  }

  static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Darwin)
    Darwin.write(descriptor, buffer, count)
    #elseif canImport(Musl)
    Musl.write(descriptor, buffer, count)
    #else
    Glibc.write(descriptor, buffer, count)
    #endif
  }
}

/// An `errno` value as an error. (Not named `POSIXError`, which Foundation declares too.)
package struct SystemCallError: Error, Hashable, Sendable, CustomStringConvertible {
  package var code: Int32

  package var description: String {
    String(cString: strerror(code)) + " (errno \(code))"
  }
}
