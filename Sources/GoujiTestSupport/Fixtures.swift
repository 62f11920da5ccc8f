import Foundation

/// Paths of the repository's fixtures, found from this file's location (never from the current directory).
package enum Fixtures {
  /// The repository root.
  package static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The example reports shipped with the repository.
  package static let examples: URL = root.appendingPathComponent("Examples")

  /// The names of the example reports, sorted.
  package static var exampleNames: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
  }

  package static func example(_ name: String) -> String {
    (try? String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)) ?? ""
  }

  /// A test target's fixture folder: `Tests/<target>/Fixtures`.
  package static func folder(_ target: String) -> URL {
    root.appendingPathComponent("Tests").appendingPathComponent(target).appendingPathComponent("Fixtures")
  }
}
