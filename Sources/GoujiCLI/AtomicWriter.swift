import Foundation

/// Writes a file by writing a temporary file beside it and renaming it over the original, so an interrupted run
/// never leaves a half-written report. Keeps the original's permissions. Through a symbolic link it writes the
/// file the link points to, and the link stays.
///
/// Temporary files are named `.NAME.gouji-PID-N.tmp`, unique in the process; ``removeLeftovers(of:)`` deletes
/// those a killed run left (only when their process is gone).
enum AtomicWriter {
  /// How many temporary files this process has named.
  nonisolated(unsafe) private static var named = 0
  private static let lock = NSLock()

  static func write(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: FileCollector.resolved(path))
    let number = lock.withLock {
      named += 1
      return named
    }
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).gouji-\(getpid())-\(number).tmp")
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    do {
      try Data(bytes).write(to: temporary)
      if let permissions = attributes?[.posixPermissions] {
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
      }
      guard rename(temporary.path, url.path) == 0 else {
        let cause = String(cString: strerror(errno))
        throw InputError(path: path, zh: "无法替换：\(cause)", en: "cannot be replaced: \(cause)")
      }
    } catch let error as InputError {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      let cause = (error as NSError).localizedDescription
      throw InputError(path: path, zh: "无法写入：\(cause)", en: "cannot be written: \(cause)")
    }
  }

  /// Deletes the temporary files of `path` (`.NAME.gouji-PID.tmp`, `.NAME.gouji-PID-N.tmp`) whose process is no
  /// longer running: what a run killed during `--fix` left. The file itself was always whole, old or new.
  static func removeLeftovers(of path: String) {
    let url = URL(fileURLWithPath: FileCollector.resolved(path))
    let folder = url.deletingLastPathComponent()
    let prefix = ".\(url.lastPathComponent).gouji-"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
    for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
      let middle = name.dropFirst(prefix.count).dropLast(4)
      guard let pid = middle.split(separator: "-", maxSplits: 1).first.flatMap({ Int32($0) }),
        middle.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }), !isRunning(pid)
      else { continue }
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }

  /// Whether a process `pid` exists (signal 0 checks without sending anything).
  private static func isRunning(_ pid: Int32) -> Bool {
    pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
  }
}
