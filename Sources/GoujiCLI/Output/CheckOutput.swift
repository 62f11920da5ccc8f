import GoujiRules

/// How `gouji check` renders: each file where it is checked (``file(_:)``, on any thread), and the whole as the
/// files' outcomes arrive in order (``CheckOutputStream``).
struct CheckOutput: Sendable {
  var format: CheckOptions.OutputFormat
  var language: Language
  var text: TextReport
  /// The most findings (and, in JSON and SARIF, fix edits) a file's output is rendered with where the file is checked;
  /// a file with more is written finding by finding (edit by edit) when its turn comes. Tests lower it.
  var renderedAtOnceLimit = 1_000

  init(options: CheckOptions, language: Language, io: CommandIO) {
    format = options.format
    self.language = language
    let noColor = !(io.environment["NO_COLOR"] ?? "").isEmpty
    text = TextReport(language: language, color: options.color && !noColor && io.isTerminal)
  }

  /// The file's part of the output and the counts the summary needs; the analysis is dropped here, unless the output
  /// of more than ``renderedAtOnceLimit`` findings or edits is streamed when the file's turn comes.
  func file(_ checked: CheckedFile) -> FileOutcome {
    FileOutcome(
      output: output(checked), severities: checked.diagnostics.map(\.severity), fixesApplied: checked.fixesApplied
    )
  }

  private func output(_ checked: CheckedFile) -> FileOutput {
    let streams =
      checked.diagnostics.count > renderedAtOnceLimit
      || (format.writesEdits && checked.diagnostics.editCount > renderedAtOnceLimit)
    switch format {
    case .text where streams:
      return .streamed { [text] write in text.stream(checked, to: write) }
    case .json where streams:
      return .streamed { [language] write in JSONReport.streamFragment(checked, language: language, to: write) }
    case .sarif where streams:
      return .streamed { [language] write in SARIFReport.streamResults(checked, language: language, to: write) }
    case .csv where streams:
      return .streamed { [language] write in CSVReport.streamRows(checked, language: language, to: write) }
    case .text: return .rendered(text.render(checked))
    case .json: return .rendered(JSONReport.fragment(checked, language: language))
    case .sarif: return .rendered(SARIFReport.results(checked, language: language).joined(separator: ",\n"))
    case .csv: return .rendered(CSVReport.rows(checked, language: language))
    }
  }

  /// A stream that writes the whole output to `io` as outcomes are added.
  func stream(to io: CommandIO) -> CheckOutputStream {
    switch format {
    case .text: CheckOutputStream(output: self, io: io, framing: .text)
    case .json: CheckOutputStream(output: self, io: io, framing: .list(JSONReport.envelope))
    case .sarif: CheckOutputStream(output: self, io: io, framing: .list(SARIFReport.envelope(language: language)))
    case .csv: CheckOutputStream(output: self, io: io, framing: .header(CSVReport.head))
    }
  }
}

/// The JSON document around a list of entries written one by one: what comes before the list, after it, and the
/// indentation of the list's closing bracket (the entries come indented two more).
struct JSONListEnvelope {
  var head: String
  var tail: String
  var indent: Int
}

/// `gouji check`'s output written as each file's outcome arrives, so memory does not grow with the number of files:
/// text findings as they are, JSON and SARIF entries inside their document's list, opened at the first entry, CSV
/// rows under their header.
struct CheckOutputStream {
  /// What surrounds the files' parts.
  enum Framing {
    /// Findings, then the summary line.
    case text
    /// A JSON document around a list of entries.
    case list(JSONListEnvelope)
    /// A header written once before the rows.
    case header(String)
  }

  let output: CheckOutput
  let io: CommandIO
  let framing: Framing
  private(set) var tally = CheckTally()
  private var entries = 0

  init(output: CheckOutput, io: CommandIO, framing: Framing) {
    self.output = output
    self.io = io
    self.framing = framing
  }

  mutating func add(_ outcome: FileOutcome) {
    tally.add(outcome)
    guard !outcome.output.isEmpty else { return }
    switch framing {
    case .text: outcome.output.write(after: "", to: io.out)
    case .list(let list): outcome.output.write(after: entries == 0 ? list.head + "[\n" : ",\n", to: io.out)
    case .header(let header): outcome.output.write(after: entries == 0 ? header : "", to: io.out)
    }
    entries += 1
  }

  /// Closes the document, or writes the summary of a text report (unless `summary` is false).
  func finish(summary: Bool = true) {
    switch framing {
    case .text: if summary { io.out(output.text.summary(tally)) }
    case .list(let list):
      let close = entries == 0 ? list.head + "[]" : "\n" + String(repeating: " ", count: list.indent) + "]"
      io.out(close + list.tail)
    case .header(let header): if entries == 0 { io.out(header) }
    }
  }
}

/// What the summary line and the exit status need of all files checked.
struct CheckTally {
  var files = 0
  var counts: [Severity: Int] = [:]
  var fixesApplied = 0

  var total: Int { counts.values.reduce(0, +) }
  var hasError: Bool { (counts[.error] ?? 0) > 0 }

  mutating func add(_ outcome: FileOutcome) {
    files += 1
    for severity in outcome.severities { counts[severity, default: 0] += 1 }
    fixesApplied += outcome.fixesApplied
  }
}
