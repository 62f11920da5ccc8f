import Foundation
import JSONRPC
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks that after the takeover a `print` reaches standard error, not the protocol stream.
///
/// The test swaps descriptors 1 and 2 for pipes for a moment, so it restores them before asserting and replays what
/// it captured from standard error.
@Suite(.serialized) struct StandardStreamsTests {
  /// Reads everything left in a pipe whose write ends are all closed.
  static func drain(_ descriptor: Int32) -> String {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 4096) }
      if count <= 0 { break }
      bytes += buffer.prefix(count)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func makePipe() -> (read: Int32, write: Int32) {
    var descriptors: [Int32] = [0, 0]
    precondition(pipe(&descriptors) == 0)
    return (descriptors[0], descriptors[1])
  }

  @Test func strayPrintGoesToStandardErrorAndProtocolBytesToTheReturnedDescriptor() throws {
    let protocolPipe = Self.makePipe()
    let errorPipe = Self.makePipe()
    fflush(nil)
    let savedOutput = dup(STDOUT_FILENO)
    let savedError = dup(STDERR_FILENO)
    dup2(protocolPipe.write, STDOUT_FILENO)
    dup2(errorPipe.write, STDERR_FILENO)

    let protocolDescriptor = StandardStreams.takeOverStandardOutput()
    print("stray-print-marker")
    fflush(nil)
    let written = Array("Content-Length: 2\r\n\r\n{}".utf8)
    let writeResult = written.withUnsafeBytes { write(protocolDescriptor, $0.baseAddress, written.count) }
    let closeOnExec = fcntl(protocolDescriptor, F_GETFD) & FD_CLOEXEC

    fflush(nil)
    dup2(savedOutput, STDOUT_FILENO)
    dup2(savedError, STDERR_FILENO)
    for descriptor in [savedOutput, savedError, protocolDescriptor, protocolPipe.write, errorPipe.write] {
      close(descriptor)
    }
    let protocolText = Self.drain(protocolPipe.read)
    let errorText = Self.drain(errorPipe.read)
    close(protocolPipe.read)
    close(errorPipe.read)
    FileHandle.standardError.write(Data(errorText.utf8))

    #expect(protocolDescriptor > STDERR_FILENO)
    #expect(writeResult == written.count)
    #expect(protocolText == "Content-Length: 2\r\n\r\n{}")
    #expect(errorText.contains("stray-print-marker"))
    #expect(closeOnExec != 0)
  }
}
