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
  guard let cell = analysis.report.table3?.rows.flatMap(\.cells).first(where: { $0.state == .written }) else {
    return nil
  }
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

if let path = ProcessInfo.processInfo.environment["GOUJI_PROFILE"],
  let string = try? String(contentsOfFile: path, encoding: .utf8)
{
  // A fixed amount of work, for profilers (valgrind --tool=callgrind).
  // `GOUJI_PROFILE_EDIT=narrative`: one character typed in the narrative instead of a cell edit.
  let text = SourceText(string)
  let analysis = Analyzer.analyze(text)
  let typed = GeneratedReports.narrativeOffset(in: string).map { TextEdit(range: TextRange(emptyAt: $0), newText: "的") }
  let edit = ProcessInfo.processInfo.environment["GOUJI_PROFILE_EDIT"] == "narrative" ? typed : cellEdit(analysis)
  for _ in 0..<20 {
    if let edit, ProcessInfo.processInfo.environment["GOUJI_PROFILE_EDIT"] != nil {
      _ = Analyzer.reanalyze(analysis, applying: [edit])
    } else {
      _ = Analyzer.analyze(text)
    }
  }
  exit(0)
}

let arguments = CommandLine.arguments.dropFirst()
/// `--long`: also 5 MB reports and a batch of 10,000 (otherwise 1,000) reports.
let long = arguments.contains("--long")
let folder = arguments.first { !$0.hasPrefix("--") } ?? "Examples"
let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }
  .sorted()
var inputs = names.compactMap { name in
  (try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)).map { (name, $0) }
}
if let base = inputs.first(where: { $0.0.hasPrefix("002") }) {
  inputs.append(("200KB report", largeReport(from: base.1)))
}

/// The median time of a byte scan of `text` (counting line feeds: the floor any reading costs).
func byteScan(_ text: SourceText) -> Double {
  median {
    var lines = 0
    for byte in text.bytes where byte == 0x0A { lines += 1 }
    precondition(lines >= 0)
  }
}

func column(_ string: String, _ width: Int) -> String { string.padding(toLength: width, withPad: " ", startingAt: 0) }

print("## One report\n")
print(column("report", 28), column("bytes", 9), "byte scan µs  full analysis µs   ratio  after cell edit µs")
for (name, string) in inputs {
  let text = SourceText(string)
  let scan = byteScan(text)
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
    column(name, 28), column(String(text.count), 9),
    String(format: "%12.1f  %16.1f  %6.0f×  %18.1f", scan, full, full / scan, edited))
}

let sizes = long ? [200_000, 1_000_000, 5_000_000] : [200_000, 1_000_000]
print("\n## Generated reports, each text form (example 002 grown in section 一)\n")
print(column("form", 15), column("bytes", 9), "byte scan µs  full analysis µs   ratio  findings")
for form in GeneratedReports.forms {
  guard let base = try? String(contentsOfFile: form.path, encoding: .utf8) else { continue }
  for size in sizes {
    let text = SourceText(GeneratedReports.report(base, form: form.name, bytes: size))
    let scan = byteScan(text)
    let full = median(budget: 1) { _ = Analyzer.analyze(text) }
    let findings = Analyzer.analyze(text).diagnostics.count
    print(
      column(form.name, 15), column(String(text.count), 9),
      String(format: "%12.1f  %16.1f  %6.0f×  %8d", scan, full, full / scan, findings))
  }
}

print("\n## Scaling, flattened one-line text (µs per KB should stay flat)\n")
if let base = try? String(contentsOfFile: GeneratedReports.forms[3].path, encoding: .utf8) {
  for size in [10_000, 100_000, 1_000_000] + (long ? [5_000_000] : []) {
    let text = SourceText(GeneratedReports.report(base, form: "flattened", bytes: size))
    let full = median(budget: 1) { _ = Analyzer.analyze(text) }
    print(
      column(String(text.count), 9),
      String(format: "full analysis %10.1f µs  %7.2f µs/KB", full, full / Double(text.count) * 1000))
  }
}

print("\n## Re-analysis after an edit: 1 MB against 10 KB (the goal is ≤ 2×)\n")
if let base = inputs.first(where: { $0.0.hasPrefix("002") })?.1 {
  var times: [String: [Double]] = [:]
  for size in [base.utf8.count + 300, 1_000_000] {
    let analysis = Analyzer.analyze(SourceText(GeneratedReports.report(base, form: "cell-per-line", bytes: size)))
    if let edit = cellEdit(analysis) {
      times["cell", default: []].append(median { _ = Analyzer.reanalyze(analysis, applying: [edit]) })
    }
    if let offset = GeneratedReports.narrativeOffset(in: analysis.text.string) {
      let edit = TextEdit(range: TextRange(emptyAt: offset), newText: "的")
      times["narrative", default: []].append(median { _ = Analyzer.reanalyze(analysis, applying: [edit]) })
    }
  }
  for (kind, pair) in times.sorted(by: { $0.key < $1.key }) where pair.count == 2 {
    print(
      column("edit in \(kind)", 20),
      String(format: "10 KB %9.1f µs   1 MB %9.1f µs   ratio %5.1f×", pair[0], pair[1], pair[1] / pair[0]))
  }
}

print(
  "\n## Typing in flattened one-line text: re-analysis against a fresh analysis of the same 1 MB (the goal: ≤ 1×)\n")
if let base = try? String(contentsOfFile: GeneratedReports.forms[3].path, encoding: .utf8) {
  let text = SourceText(GeneratedReports.report(base, form: "flattened", bytes: 1_000_000))
  let analysis = Analyzer.analyze(text)
  if let offset = GeneratedReports.narrativeOffset(in: text.string) {
    let edit = TextEdit(range: TextRange(emptyAt: offset), newText: "的")
    let typed = median(budget: 1) { _ = Analyzer.reanalyze(analysis, applying: [edit]) }
    let fresh = median(budget: 1) { _ = Analyzer.analyze(text) }
    print(
      String(
        format: "fresh analysis %9.1f µs   re-analysis after typing %9.1f µs   ratio %5.2f×", fresh, typed,
        typed / fresh))
  }
}

BatchBenchmark.run(count: long ? 10_000 : 1_000, examples: folder)

GluedRowBenchmarks.run()
