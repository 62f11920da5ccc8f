import Foundation
import GoujiTestSupport

/// The targets `Package.swift` declares, read from its text: each target's name, folder and declared dependencies.
struct PackageManifest {
  struct Target {
    var name: String
    /// `Sources/<name>` or `Tests/<name>`, or the `path:` the manifest gives.
    var folder: String
    var dependencies: Set<String>
    var isTest: Bool
  }

  var targets: [Target]

  /// The targets of the repository's own `Package.swift`.
  static func load() throws -> PackageManifest {
    let text = try String(contentsOf: Fixtures.root.appendingPathComponent("Package.swift"), encoding: .utf8)
    return PackageManifest(text)
  }

  /// The targets in `manifest`: every `.target(`, `.executableTarget(` and `.testTarget(` call up to its closing
  /// parenthesis.
  init(_ manifest: String) {
    let call = /\.(target|executableTarget|testTarget)\(/
    targets = manifest.matches(of: call).compactMap { match in
      let body = Self.arguments(in: manifest[match.range.upperBound...])
      guard let name = body.firstMatch(of: /name:\s*"([^"]+)"/)?.output.1 else { return nil }
      let isTest = match.output.1 == "testTarget"
      let path = body.firstMatch(of: /path:\s*"([^"]+)"/)?.output.1
      let list = body.firstMatch(of: /dependencies:\s*\[([^\]]*)\]/)?.output.1 ?? ""
      let dependencies = list.matches(of: /"([^"]+)"/).map { String($0.output.1) }
      return Target(
        name: String(name), folder: path.map(String.init) ?? "\(isTest ? "Tests" : "Sources")/\(name)",
        dependencies: Set(dependencies), isTest: isTest
      )
    }
  }

  /// The text up to the parenthesis that closes the call whose arguments start `text`.
  private static func arguments(in text: Substring) -> Substring {
    var depth = 1
    for index in text.indices {
      switch text[index] {
      case "(": depth += 1
      case ")":
        depth -= 1
        if depth == 0 { return text[..<index] }
      default: break
      }
    }
    return text
  }

  /// The target named `name`.
  func target(_ name: String) -> Target? {
    targets.first { $0.name == name }
  }
}
