import Foundation
import GoujiTestSupport

/// What the Swift files of a folder import and contain, read from their text.
enum SourceImports {
  /// Every module an `import` line (plain, `@testable`, `package`, or inside `#if canImport`) of a Swift file under
  /// `folder` names.
  static func modules(in folder: String) throws -> Set<String> {
    var modules: Set<String> = []
    let importLine = /\s*(?:@\w+(?:\([^)]*\))?\s+|package\s+|public\s+|internal\s+)*import\s+(\w+)(?:\.\w+)*\s*/
    for text in try swiftFiles(in: folder).map(\.text) {
      for line in text.split(separator: "\n") {
        if let match = line.wholeMatch(of: importLine) { modules.insert(String(match.output.1)) }
      }
    }
    return modules
  }

  /// The path (relative to the repository) and text of every Swift file under `folder`.
  static func swiftFiles(in folder: String) throws -> [(path: String, text: String)] {
    let root = Fixtures.root.appendingPathComponent(folder)
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: root.path])
    }
    var files: [(String, String)] = []
    for case let url as URL in enumerator where url.pathExtension == "swift" {
      let relative = String(url.standardizedFileURL.path.dropFirst(Fixtures.root.standardizedFileURL.path.count + 1))
      files.append((relative, try String(contentsOf: url, encoding: .utf8)))
    }
    return files.sorted { $0.0 < $1.0 }
  }
}
