import Dispatch
import Foundation
import GoujiAnalysis
import GoujiSyntax
import GoujiText

// Benchmarks, run by hand in a release build: `swift run -c release GoujiBenchmarks [Examples/]`.
// For each example and a 200 KB report, side by side: a plain byte scan of the text (the floor), a full analysis,
// and the analysis after a one-character edit in a table cell. Medians of many runs.

/// The median duration, in microseconds, of `body` run until `budget` seconds or `maxRuns` have passed.
func median(budget: Double = 0.4, maxRuns: Int = 2000, _ body: () -> Void) -> Double {
  var samples: [Double] = []
  let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(budget * 1e9)
  while samples.count < 5 || (samples.count < maxRuns && DispatchTime.now().uptimeNanoseconds < deadline) {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
  }
  samples.sort()
  return samples[samples.count / 2]
}

/// An edit that changes one digit of table 三's first written cell (and so re-checks every sum).
func cellEdit(_ analysis: Analysis) -> TextEdit? {
  guard let cell = analysis.report.table3?.rows.flatMap(\.cells).first(where: { $0.state == .written }) else { return nil }
  return TextEdit(range: cell.range, newText: cell.text == "1" ? "2" : "1")
}

/// A 200 KB report: example 002 with its prose repeated in section 一.
func largeReport(from text: String) -> String {
  guard let start = text.range(of: "（一）主动公开情况") else { return text }
  let paragraph = text[start.lowerBound...].prefix(3000)
  var result = text
  while result.utf8.count < 200_000 { result.insert(contentsOf: paragraph + "\n", at: start.lowerBound) }
  return result
}

if let path = ProcessInfo.processInfo.environment["GOUJI_PROFILE"], let string = try? String(contentsOfFile: path, encoding: .utf8) {
  // A fixed amount of work, for profilers (valgrind --tool=callgrind).
  let text = SourceText(string)
  let analysis = Analyzer.analyze(text)
  let edit = cellEdit(analysis)
  for _ in 0..<20 {
    if let edit, ProcessInfo.processInfo.environment["GOUJI_PROFILE_EDIT"] != nil {
      _ = Analyzer.reanalyze(analysis, applying: [edit])
    } else {
      _ = Analyzer.analyze(text)
    }
  }
  exit(0)
}

let folder = CommandLine.arguments.dropFirst().first ?? "Examples"
let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
var inputs = names.compactMap { name in (try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)).map { (name, $0) } }
if let base = inputs.first(where: { $0.0.hasPrefix("002") }) { inputs.append(("200KB report", largeReport(from: base.1))) }

print("report".padding(toLength: 28, withPad: " ", startingAt: 0), "bytes".padding(toLength: 8, withPad: " ", startingAt: 0),
  "byte scan µs  full analysis µs  after cell edit µs")
for (name, string) in inputs {
  let text = SourceText(string)
  let scan = median {
    var lines = 0
    for byte in text.bytes where byte == 0x0A { lines += 1 }
    precondition(lines >= 0)
  }
  let full = median { _ = Analyzer.analyze(text) }
  if ProcessInfo.processInfo.environment["GOUJI_BENCH_PHASES"] != nil {
    let read = median { _ = ReportReader.read(text) }
    let report = ReportReader.read(text)
    let rules = median { _ = Analyzer.analyze(report: report, configuration: .init()) }
    print("  read \(read) µs, rules \(rules) µs")
  }
  let analysis = Analyzer.analyze(text)
  var edited = Double.nan
  if let edit = cellEdit(analysis) {
    edited = median { _ = Analyzer.reanalyze(analysis, applying: [edit]) }
  }
  print(
    name.padding(toLength: 28, withPad: " ", startingAt: 0), String(text.count).padding(toLength: 8, withPad: " ", startingAt: 0),
    String(format: "%12.1f  %16.1f  %18.1f", scan, full, edited)
  )
}

GluedRowBenchmarks.run()
