import Foundation

/// Reads a pipe to its end on a thread of its own, so that a child process filling this pipe never blocks while
/// its other pipe is being read.
final class PipeDrain: @unchecked Sendable {
  private var data = Data()
  private let finished = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      finished.signal()
    }
  }

  /// Everything the pipe held, once its writer closed it.
  func wait() -> Data {
    finished.wait()
    return data
  }
}

/// Stops a child process that runs longer than allowed.
final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var didFire = false

  /// Whether the time ran out and the process was stopped.
  var fired: Bool { lock.withLock { didFire } }

  init(_ process: Process, after seconds: TimeInterval) {
    let child = UncheckedProcess(process)
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
      guard child.process.isRunning else { return }
      lock.withLock { didFire = true }
      child.process.terminate()
    }
  }
}

/// A `Process` handed to the watchdog's queue; it is only asked whether it runs and told to stop.
private struct UncheckedProcess: @unchecked Sendable {
  let process: Process
  init(_ process: Process) { self.process = process }
}
