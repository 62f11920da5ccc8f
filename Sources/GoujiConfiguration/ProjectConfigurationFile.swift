import Foundation
import GoujiJSON

/// The project configuration file, `.gouji.json`, in a folder or the nearest folder above it: read by the language
/// server for its workspace and by `gouji check` for the current folder, so both apply the same settings.
package enum ProjectConfigurationFile {
  package static let name = ".gouji.json"

  /// The settings of the file nearest to `folder`, or `nil` when there is none.
  package static func load(near folder: URL) -> SettingsLayers.Layer? {
    guard let path = find(from: folder) else { return nil }
    let (settings, problems) = read(path)
    return SettingsLayers.Layer(settings: settings, problems: problems.map { "\(path): \($0)" })
  }

  /// The settings in the file at `path`, and what in it could not be used.
  package static func read(_ path: String) -> (settings: ConfigurationSettings, problems: [String]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      return (ConfigurationSettings(), ["cannot be read"])
    }
    guard let json = try? JSONValue(parsing: data), let parsed = ConfigurationSettings.parsing(json) else {
      return (ConfigurationSettings(), ["is not a JSON object"])
    }
    return parsed
  }

  /// The nearest configuration file at or above `folder`.
  package static func find(from folder: URL) -> String? {
    var url = folder.standardizedFileURL
    while true {
      let candidate = url.appendingPathComponent(name).path
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return nil }
      url = parent
    }
  }
}
