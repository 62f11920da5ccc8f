import GoujiAnalysis
import GoujiDocuments
import GoujiRules
import GoujiText

/// One file's result, as every output format needs it.
struct CheckedFile {
  var path: String
  var analysis: Analysis
  /// How many safe fixes `--fix` applied.
  var fixesApplied: Int = 0
  /// For a file read as a document (.docx, .html, .pdf): the map from the checked text back to its structure.
  var document: ExtractedDocument?

  var text: SourceText { analysis.text }
  var diagnostics: DiagnosticList { analysis.diagnostics }
}

/// What is kept of a checked file once its output is rendered: the output itself and the counts the summary and
/// the exit status need. The analysis is dropped, so checking a folder of thousands of reports keeps little memory.
struct FileOutcome {
  /// The file's text, JSON, SARIF or CSV output (its fragment of the whole).
  var output: FileOutput
  var severities: [Severity]
  var fixesApplied: Int
}

/// A file's part of the output: rendered where the file was checked, or, for a file with many findings, written
/// finding by finding when its turn comes (the analysis is kept until then instead of the text), so the output of
/// millions of findings is never held whole.
enum FileOutput: Sendable {
  case rendered(String)
  /// Calls its argument with the output's pieces, in order.
  case streamed(@Sendable (_ write: (String) -> Void) -> Void)

  /// The most bytes of a streamed output gathered before they are written.
  static let chunkBytes = 1 << 16

  var isEmpty: Bool {
    switch self {
    case .rendered(let output): output.isEmpty
    case .streamed: false
    }
  }

  /// Writes `prefix` and the output with `out`: a rendered output in one call, a streamed one in chunks of about
  /// ``chunkBytes``.
  func write(after prefix: String, to out: (String) -> Void) {
    switch self {
    case .rendered(let output): out(prefix + output)
    case .streamed(let pieces):
      var pending = prefix
      pieces { piece in
        pending += piece
        if pending.utf8.count >= Self.chunkBytes {
          out(pending)
          pending = ""
        }
      }
      if !pending.isEmpty { out(pending) }
    }
  }
}
