import Foundation

/// A program from the system that some tests drive (pdftotext, Chromium).
///
/// On a developer's machine a test that needs a missing program is skipped, and Swift Testing lists it as skipped;
/// under CI (`CI` set, as `.ci/run` does) the program is required, so a missing installation fails the test instead
/// of silently dropping what it checks.
public enum ExternalTool {
  /// The first of `paths` that is an executable file, or `nil`.
  public static func find(_ paths: [String]) -> String? {
    paths.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Whether a test needing one of `paths` runs here: when the program is installed, and always under CI.
  public static func shouldRun(_ paths: [String]) -> Bool {
    find(paths) != nil || ProcessInfo.processInfo.environment["CI"] != nil
  }
}
