import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiCLI

/// `gouji check` over many files: results in the order given, written as they arrive, with a bounded number of
/// files in flight.
@Suite struct StreamingOutputTests {
  /// A folder of `count` reports alternating a long one (slow to check) and the short examples, so workers finish
  /// out of order; the names sort in the order written.
  static func folder(count: Int) throws -> (URL, [String]) {
    let folder = CLI.temporaryDirectory()
    let examples = try Fixtures.exampleNames.map {
      try String(contentsOf: Fixtures.examples.appendingPathComponent($0), encoding: .utf8)
    }
    let long = String(repeating: examples[2], count: 12)
    var names: [String] = []
    for index in 0..<count {
      let name = String(format: "%03d.txt", index)
      try (index % 3 == 0 ? long : examples[index % examples.count]).write(
        to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
      names.append(name)
    }
    return (folder, names)
  }

  @Test func textFindingsComeInTheOrderOfTheFiles() throws {
    let (folder, names) = try Self.folder(count: 24)
    let run = CLI.run(["check", "--lang", "en", folder.path])
    let headers = run.out.split(separator: "\n").filter { $0.hasPrefix(folder.path) }
    let order = headers.map { String($0.dropFirst(folder.path.count + 1).prefix(7)) }
    #expect(order.count >= names.count)
    #expect(order == order.sorted())
    #expect(Set(order) == Set(names))
    #expect(run.out.hasSuffix("\n") && run.out.split(separator: "\n").last!.hasPrefix("Checked 24 files"))
  }

  @Test(arguments: ["json", "sarif"])
  func documentsListTheFilesInOrderAndParse(format: String) throws {
    let (folder, names) = try Self.folder(count: 24)
    let run = CLI.run(["check", "--format", format, folder.path])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let paths: [String]
    if format == "json" {
      let files = try #require(document["files"] as? [[String: Any]])
      paths = files.compactMap { $0["path"] as? String }
    } else {
      let runs = try #require(document["runs"] as? [[String: Any]])
      let results = try #require(runs.first?["results"] as? [[String: Any]])
      paths = results.compactMap { result in
        let locations = result["locations"] as? [[String: Any]]
        let physical = locations?.first?["physicalLocation"] as? [String: Any]
        return (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String
      }
      #expect(!results.isEmpty)
    }
    let order = paths.map { URL(fileURLWithPath: $0).lastPathComponent }
    #expect(order == order.sorted())
    if format == "json" { #expect(order == names) }
  }

  @Test func aSARIFRunWithoutResultsStillMakesADocument() throws {
    // GJ404 asks only 2021+ reports about fees; example 000 is a 2020 report.
    let path = Fixtures.examples.appendingPathComponent("000_212ac920282683c5.txt").path
    let run = CLI.run(["check", "--format", "sarif", "--select", "GJ404", path])
    let document = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
    let runs = try #require(document?["runs"] as? [[String: Any]], "\(run.out) \(run.err)")
    #expect((runs.first?["results"] as? [Any])?.isEmpty == true)
    #expect(run.out.contains("\"results\": []"))
  }

  @Test func outputIsWrittenBeforeTheLastFileIsChecked() throws {
    let (folder, _) = try Self.folder(count: 30)
    let writes = Locked<[String]>([])
    let io = CommandIO(
      out: { text in writes.withLock { $0.append(text) } }, err: { _ in }, readStandardInput: { [] },
      environment: [:], isTerminal: false
    )
    _ = GoujiCommandLine.run(["check", "--format", "json", folder.path], io: io, languageServer: CLI.noServer)
    let all = writes.withLock { $0 }
    // One write per file (the first opens the document) and one that closes it: never the whole at once.
    #expect(all.count == 31)
    #expect(all.first!.hasPrefix("{") && all.first!.contains("000.txt") && !all.first!.contains("001.txt"))
  }

  @Test func workersStayWithinTheWindowAndResultsArriveInOrder() {
    let delivered = Locked(0)
    let furthestAhead = Locked(0)
    var order: [Int] = []
    OrderedWork.run(
      count: 500, workers: 3, window: 8,
      work: { index in
        let ahead = index - delivered.withLock { $0 }
        furthestAhead.withLock { $0 = max($0, ahead) }
        if index % 7 == 0 { usleep(200) }  // some items are slow, so others finish before them
        return index * 2
      },
      deliver: { result in
        order.append(result)
        delivered.withLock { $0 += 1 }
      })
    #expect(order == (0..<500).map { $0 * 2 })
    // `delivered` counts after each hand-over, so it may lag the window's start by the one being handed over.
    #expect(furthestAhead.withLock { $0 } <= 8)
  }
}
