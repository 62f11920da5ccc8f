import Foundation

/// The one folder under the system's temporary folder that holds every temporary directory of this test process,
/// removed when the process exits. Tests hand files in it to helpers and keep paths after their last use of the
/// folder, so a per-test `defer` cannot cover them all; one removal at exit does.
enum ScratchFolder {
  /// `gouji-tests-PID-UUID`, made on first use; its removal is registered with `atexit` at the same time.
  static let root: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("gouji-tests-\(getpid())-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { ScratchFolder.remove(ScratchFolder.root) }
    return url
  }()

  /// Removes `url` and everything under it, first making each folder in it listable and writable again (tests
  /// lock folders to simulate permission errors; a locked folder cannot be emptied). Symbolic links are removed,
  /// never followed.
  static func remove(_ url: URL) {
    unlock(url)
    try? FileManager.default.removeItem(at: url)
  }

  /// Gives the owner every permission on `url` and, when it is a folder (not a link to one), on what it holds.
  private static func unlock(_ url: URL) {
    let manager = FileManager.default
    guard let type = try? manager.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType,
      type == .typeDirectory
    else { return }
    try? manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
    for name in (try? manager.contentsOfDirectory(atPath: url.path)) ?? [] {
      unlock(url.appendingPathComponent(name))
    }
  }
}
