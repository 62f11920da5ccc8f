import Foundation
import Testing

/// Paths of the repository's fixtures, found from this file's location (never from the current directory).
///
/// Fixtures fail loudly: a missing file or folder is a test failure naming its path, never an empty text that a
/// test would then check as if it were a report.
package enum Fixtures {
  /// The repository root.
  package static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The example reports shipped with the repository.
  package static let examples: URL = root.appendingPathComponent("Examples")

  /// The names of the example reports, sorted (a recorded issue when there are none).
  package static var exampleNames: [String] {
    let names = files(in: examples).filter { $0.hasSuffix(".txt") }
    if names.isEmpty { Issue.record("no example reports in \(examples.path)") }
    return names
  }

  /// The text of the example report `name`.
  package static func example(_ name: String) -> String {
    text(examples.appendingPathComponent(name))
  }

  /// A test target's fixture folder: `Tests/<target>/Fixtures`.
  package static func folder(_ target: String) -> URL {
    root.appendingPathComponent("Tests").appendingPathComponent(target).appendingPathComponent("Fixtures")
  }

  /// The text of the fixture at `path` in `target`'s fixture folder.
  package static func fixture(_ target: String, _ path: String) -> String {
    text(folder(target).appendingPathComponent(path))
  }

  /// The text of the example `path` names, else of the fixture at `path` in `target`'s fixture folder (`corpus/…`,
  /// `forms/…`): how tests that run over the examples and a corpus name their texts.
  package static func exampleOrFixture(_ target: String, _ path: String) -> String {
    exampleNames.contains(path) ? example(path) : fixture(target, path)
  }

  /// The UTF-8 text of the file at `url`; a recorded issue naming the path (and an empty text) when it cannot be
  /// read.
  package static func text(_ url: URL) -> String {
    do {
      return try String(contentsOf: url, encoding: .utf8)
    } catch {
      Issue.record("cannot read the fixture \(url.path): \(error.localizedDescription)")
      return ""
    }
  }

  /// The bytes of the file at `url` (a `.docx`, an archive, a compressed stream); a recorded issue naming the path
  /// (and no bytes) when it cannot be read.
  package static func bytes(_ url: URL) -> [UInt8] {
    do {
      return try [UInt8](Data(contentsOf: url))
    } catch {
      Issue.record("cannot read the fixture \(url.path): \(error.localizedDescription)")
      return []
    }
  }

  /// The texts of the examples and of every text form of the reader corpus (`GoujiSyntaxTests/Fixtures/corpus`), in
  /// that order, the forms sorted by name.
  package static let examplesAndCorpusForms: [String] = {
    let corpus = folder("GoujiSyntaxTests").appendingPathComponent("corpus")
    let forms = files(in: corpus).filter { $0.hasSuffix(".txt") }.map { corpus.appendingPathComponent($0) }
    return (exampleNames.map { examples.appendingPathComponent($0) } + forms).map(text)
  }()

  /// The names of the files in `folder`, sorted; a recorded issue naming the folder when it cannot be listed.
  package static func files(in folder: URL) -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    } catch {
      Issue.record("cannot list the fixture folder \(folder.path): \(error.localizedDescription)")
      return []
    }
  }
}
