import Foundation

/// The files a `check` covers: files as given, every report file below a directory (`*.txt` and the documents of
/// `DocumentInput`, sorted), `-` for standard input.
/// A file named twice, or through two paths (a symbolic link, `..`), is checked once, under the first name given.
/// A folder that cannot be listed, and a report in a format gouji does not read (``DocumentInput/unsupported(_:)``),
/// is an error naming it, never silently skipped.
enum FileCollector {
  /// Lists a directory (a parameter so that tests can make a folder unreadable even when run as root).
  typealias Listing = (String) throws -> [String]

  static func collect(
    _ paths: [String], listing: Listing = { try FileManager.default.contentsOfDirectory(atPath: $0) }
  ) -> (files: [String], errors: [InputError]) {
    var files: [String] = []
    var errors: [InputError] = []
    var seen: Set<String> = []
    func add(_ file: String) {
      if file == "-" || seen.insert(resolved(file)).inserted { files.append(file) }
    }
    for path in paths {
      var isDirectory: ObjCBool = false
      if path == "-" {
        files.append(path)
      } else if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        errors.append(InputError(path: path, zh: "文件或文件夹不存在", en: "no such file or directory"))
      } else if isDirectory.boolValue {
        var found: [String] = []
        collectTextFiles(below: path, listing: listing, into: &found, errors: &errors)
        found.sorted().forEach(add)
      } else {
        add(path)
      }
    }
    return (files, errors)
  }

  /// The path with symbolic links, `.` and `..` resolved (the path itself when it cannot be resolved).
  static func resolved(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }

  /// Every report file below `directory`, following no symbolic link to a directory (no loops).
  private static func collectTextFiles(
    below directory: String, listing: Listing, into files: inout [String], errors: inout [InputError]
  ) {
    let names: [String]
    do {
      names = try listing(directory)
    } catch {
      let cause = reason(error)
      errors.append(InputError(path: directory, zh: "文件夹无法读取（\(cause)）", en: "folder cannot be read (\(cause))"))
      return
    }
    for name in names.sorted() {
      let path = (directory as NSString).appendingPathComponent(name)
      let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
      if type == .typeDirectory {
        collectTextFiles(below: path, listing: listing, into: &files, errors: &errors)
      } else if DocumentInput.collectedExtensions.contains((name as NSString).pathExtension.lowercased()) {
        files.append(path)
      } else if let unreadable = DocumentInput.unsupported(path) {
        errors.append(unreadable)
      }
    }
  }

  private static func reason(_ error: any Error) -> String {
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(code)))
    }
    return (error as NSError).localizedDescription
  }
}
