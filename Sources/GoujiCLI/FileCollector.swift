import Foundation

/// The files a `check` covers: files as given, every report file below a directory (`*.txt` and the documents of
/// `DocumentInput`, sorted), `-` for standard input.
enum FileCollector {
  static func collect(_ paths: [String]) -> (files: [String], errors: [InputError]) {
    var files: [String] = []
    var errors: [InputError] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      if path == "-" {
        files.append(path)
      } else if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        errors.append(InputError(path: path, reason: "no such file or directory"))
      } else if isDirectory.boolValue {
        files += textFiles(below: path)
      } else {
        files.append(path)
      }
    }
    return (files, errors)
  }

  private static func textFiles(below directory: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var result: [String] = []
    while let relative = enumerator.nextObject() as? String {
      if DocumentInput.collectedExtensions.contains((relative as NSString).pathExtension.lowercased()) {
        result.append((directory as NSString).appendingPathComponent(relative))
      }
    }
    return result.sorted()
  }
}
