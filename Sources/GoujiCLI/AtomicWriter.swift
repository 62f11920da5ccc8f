import Foundation

/// Writes a file by writing a temporary file beside it and renaming it over the original, so an interrupted run
/// never leaves a half-written report. Keeps the original's permissions.
enum AtomicWriter {
  static func write(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).gouji-\(ProcessInfo.processInfo.processIdentifier).tmp")
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    do {
      try Data(bytes).write(to: temporary)
      if let permissions = attributes?[.posixPermissions] {
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
      }
      guard rename(temporary.path, path) == 0 else {
        throw InputError(path: path, reason: "cannot be replaced: \(String(cString: strerror(errno)))")
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }
}
