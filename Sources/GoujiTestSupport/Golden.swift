import Foundation

/// Golden files: the expected output kept beside the test. With `UPDATE_GOLDEN=1` a differing file is rewritten and
/// the comparison still fails, so that a rewritten expectation is always read before it is committed.
package enum Golden {
  /// `nil` when `actual` equals the file's content; otherwise a description of the first difference.
  package static func compare(_ actual: String, with url: URL) -> String? {
    let expected = try? String(contentsOf: url, encoding: .utf8)
    if expected == actual { return nil }
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return "rewrote \(url.lastPathComponent): read it before committing"
    }
    guard let expected else { return "missing golden file \(url.path) (run with UPDATE_GOLDEN=1 to create it)" }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let want = index < expectedLines.count ? expectedLines[index] : "<end>"
      let got = index < actualLines.count ? actualLines[index] : "<end>"
      if want != got { return "\(url.lastPathComponent):\(index + 1): expected «\(want)», got «\(got)»" }
    }
    return "\(url.lastPathComponent) differs"
  }
}
