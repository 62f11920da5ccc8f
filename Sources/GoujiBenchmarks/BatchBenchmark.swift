import Foundation

/// `gouji check` over a folder of generated reports, through the real release binary: reports per second with text
/// output, and the peak memory (`/usr/bin/time -v`, when installed).
enum BatchBenchmark {
  static func run(count: Int, examples: String) {
    let binary = ".build/release/gouji"
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      return print("\n(no \(binary): build it with `swift build -c release` for the batch benchmark)")
    }
    guard let folder = try? GeneratedReports.writeFolder(count: count, from: examples) else { return }
    defer { try? FileManager.default.removeItem(at: folder) }
    print("\n## Batch: gouji check over \(count) reports\n")
    for format in ["text", "json", "sarif"] {
      let timed = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
      let process = Process()
      process.executableURL = URL(fileURLWithPath: timed ? "/usr/bin/time" : binary)
      process.arguments = (timed ? ["-v", binary] : []) + ["check", "--format", format, folder.path]
      process.standardOutput = FileHandle.nullDevice
      let errors = Pipe()
      process.standardError = errors
      let start = Date()
      guard (try? process.run()) != nil else { return }
      let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      let seconds = Date().timeIntervalSince(start)
      let measured = Dictionary(
        report.split(separator: "\n").compactMap { line -> (String, Double)? in
          let parts = line.split(separator: ":", maxSplits: 1)
          guard parts.count == 2, let value = Double(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
          return (parts[0].trimmingCharacters(in: .whitespaces), value)
        }, uniquingKeysWith: { first, _ in first })
      var line = String(
        format: "%-6@ %7.2f s wall %7.0f reports/s", format as NSString, seconds, Double(count) / seconds)
      if let user = measured["User time (seconds)"], let system = measured["System time (seconds)"] {
        // The machine is shared: CPU time, spread over this machine's cores, is what the run would take alone.
        let cores = Double(ProcessInfo.processInfo.activeProcessorCount)
        line += String(
          format: "   CPU %6.2f s: %7.0f reports/s on %.0f cores", user + system,
          Double(count) * cores / (user + system), cores)
      }
      if let peak = measured["Maximum resident set size (kbytes)"] {
        line += String(format: "   peak %.0f MB", peak / 1024)
      }
      print(line)
    }
  }
}
