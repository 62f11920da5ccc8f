import Foundation
import GoujiAnalysis
import LanguageServerProtocol

/// The command line's configuration file, `.gouji.json`, in a workspace folder or the nearest folder above it.
enum ProjectConfigurationFile {
  static let name = ".gouji.json"

  /// The settings of the file nearest to `folder`, or `nil` when there is none.
  static func load(near folder: URL) -> SettingsLayers.Layer? {
    guard let path = find(from: folder) else { return nil }
    guard let data = FileManager.default.contents(atPath: path), let json = try? JSONValue(parsing: data),
      let (settings, problems) = ConfigurationSettings.parsing(json)
    else {
      return SettingsLayers.Layer(settings: ConfigurationSettings(), problems: ["\(path) is not a JSON object"])
    }
    return SettingsLayers.Layer(settings: settings, problems: problems.map { "\(path): \($0)" })
  }

  private static func find(from folder: URL) -> String? {
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
