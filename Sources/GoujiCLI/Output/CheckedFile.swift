import GoujiAnalysis
import GoujiRules
import GoujiText

/// One file's result, as every output format needs it.
struct CheckedFile {
  var path: String
  var analysis: Analysis
  /// How many safe fixes `--fix` applied.
  var fixesApplied: Int = 0

  var text: SourceText { analysis.text }
  var diagnostics: [Diagnostic] { analysis.diagnostics }
}
