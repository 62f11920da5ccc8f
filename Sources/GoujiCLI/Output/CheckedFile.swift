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
  var diagnostics: [Diagnostic] { analysis.diagnostics }
}

/// What is kept of a checked file once its output is rendered: the output itself and the counts the summary and
/// the exit status need. The analysis is dropped, so checking a folder of thousands of reports keeps little memory.
struct FileOutcome {
  /// The file's text, JSON or SARIF output (its fragment of the whole), rendered where the file was checked.
  var output: String
  var severities: [Severity]
  var fixesApplied: Int
}
