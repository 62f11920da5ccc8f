import Foundation
import GoujiAnalysis

/// The project configuration file `.gouji.json`, found in the current folder or the nearest folder above it:
///
/// ```json
/// { "rules": { "GJ305": "off", "cell-empty": "hint" }, "ignore": ["GJ5"], "language": "zh" }
/// ```
///
/// The language server reads the same settings from its client.
enum ConfigurationFile {
  static let name = ".gouji.json"

  /// The nearest configuration file at or above `directory`.
  static func find(from directory: String) -> String? {
    var url = URL(fileURLWithPath: directory).standardizedFileURL
    while true {
      let candidate = url.appendingPathComponent(name).path
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return nil }
      url = parent
    }
  }

  static func load(_ path: String) throws -> ConfigurationSettings {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputError(path: path, reason: "cannot be read")
    }
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw InputError(path: path, reason: "is not a JSON object")
    }
    return try settings(from: object, path: path)
  }

  /// Settings from a decoded JSON object (shared shape with the language server's settings).
  static func settings(from object: [String: Any], path: String) throws -> ConfigurationSettings {
    var settings = ConfigurationSettings()
    if let rules = object["rules"] {
      guard let rules = rules as? [String: String] else {
        throw InputError(path: path, reason: "\"rules\" must map rule codes or names to severities")
      }
      settings.rules = rules
    }
    settings.select = object["select"] as? [String]
    settings.ignore = object["ignore"] as? [String] ?? []
    settings.language = object["language"] as? String
    let known: Set<String> = ["rules", "select", "ignore", "language"]
    if let unknown = object.keys.first(where: { !known.contains($0) }) {
      throw InputError(path: path, reason: "unknown setting \"\(unknown)\"")
    }
    return settings
  }
}
