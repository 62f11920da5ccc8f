import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension LanguageServer {
  /// Ends the server when the editor's process (`processId` of `initialize`) is gone: an editor that crashes sends
  /// no `exit`, and may leave standard input open in another process.
  func watchParentProcess(_ processID: Int) {
    guard let interval = options.parentProcessCheckInterval, let pid = pid_t(exactly: processID), pid > 0 else {
      return
    }
    let timer = DispatchSource.makeTimerSource(queue: queue)
    timer.schedule(deadline: .now() + interval.dispatchInterval, repeating: interval.dispatchInterval)
    timer.setEventHandler { [self] in
      guard kill(pid, 0) != 0 && errno == ESRCH else { return }
      log(.warning, "the client process \(pid) is gone; exiting")
      parentProcessWatch?.cancel()
      finish()
      connection?.close()
    }
    parentProcessWatch = timer
    timer.resume()
  }
}
