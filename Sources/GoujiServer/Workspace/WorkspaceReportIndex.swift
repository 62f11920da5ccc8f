import Foundation
import GoujiAnalysis
import GoujiSyntax
import GoujiText

/// The reports on disk under the workspace folders (`*.txt`), for the cross-year check: each file is read once and
/// kept until its modification date or size changes. Used on the server's workspace queue only.
///
/// The list of files is kept for a few seconds (and dropped when the client reports changed files), so that typing
/// does not walk the folders on every analysis.
final class WorkspaceReportIndex: @unchecked Sendable {
  struct Entry {
    var modified: Date
    var size: Int
    var report: Report
  }

  /// The folders searched.
  var folders: [URL] = [] {
    didSet { listing = nil }
  }

  /// The most files looked at, and the largest file read.
  private let fileLimit = 5_000
  private let sizeLimit = 8 << 20
  private let listingLifetime: TimeInterval
  private var listing: (paths: [String], time: Date)?
  private var entries: [String: Entry] = [:]

  init(listingLifetime: TimeInterval = 5) {
    self.listingLifetime = listingLifetime
  }

  /// Forgets the list of files (and the file at `path`, if given), after the client reported changes.
  func invalidate(path: String? = nil) {
    listing = nil
    if let path { entries[path] = nil }
  }

  /// The one report whose title names the body and year of `key` (``ReportKey``), with its path; `nil` when no file
  /// or several files (copies, which cannot be told apart) hold one. Files at `excluded` paths (documents the client
  /// has open) are skipped. Stops (with `nil`) as soon as `shouldContinue` says so, between two files.
  func report(
    _ key: ReportKey, excluding excluded: Set<String>, while shouldContinue: () -> Bool = { true }
  ) -> (report: Report, path: String)? {
    var found: (report: Report, path: String)?
    for path in paths() where !excluded.contains(path) {
      guard shouldContinue() else { return nil }
      guard let report = report(at: path), ReportKey(report) == key else { continue }
      if found != nil { return nil }
      found = (report, path)
    }
    return found
  }

  /// The report in the file at `path`, read again only when the file changed.
  private func report(at path: String) -> Report? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let modified = attributes[.modificationDate] as? Date,
      let size = (attributes[.size] as? NSNumber)?.intValue, size <= sizeLimit
    else {
      entries[path] = nil
      return nil
    }
    if let entry = entries[path], entry.modified == modified, entry.size == size { return entry.report }
    guard let bytes = FileManager.default.contents(atPath: path), let decoded = try? TextDecoding.decode(Array(bytes))
    else { return nil }
    let report = Analyzer.read(SourceText(decoded.text))
    entries[path] = Entry(modified: modified, size: size, report: report)
    return report
  }

  /// Every `*.txt` file under the folders, sorted, skipping hidden folders and files and `node_modules`.
  private func paths() -> [String] {
    if let listing, Date().timeIntervalSince(listing.time) < listingLifetime { return listing.paths }
    var paths: Set<String> = []
    for folder in folders {
      let enumerator = FileManager.default.enumerator(
        at: folder,
        includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles, .skipsPackageDescendants]
      )
      while paths.count < fileLimit, let url = enumerator?.nextObject() as? URL {
        if url.lastPathComponent == "node_modules" {
          enumerator?.skipDescendants()
          continue
        }
        guard url.pathExtension.lowercased() == "txt" else { continue }
        paths.insert(url.standardizedFileURL.path)
      }
    }
    let sorted = paths.sorted()
    listing = (sorted, Date())
    return sorted
  }
}
