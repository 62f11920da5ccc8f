import GoujiSyntax
import GoujiAnalysis
import GoujiDocuments
import GoujiRules
import GoujiText

/// `check --format json`, as the command-line contract describes it.
enum JSONReport {
  /// The document around the `files` list, whose entries are ``fragment(_:language:)``s.
  static let envelope = JSONListEnvelope(
    head: "{\n  \"tool\": \"gouji\",\n  \"version\": \"\(Help.version)\",\n  \"files\": ", tail: "\n}\n", indent: 2
  )

  /// One file's entry of the `files` array, indented as it stands there.
  static func fragment(_ checked: CheckedFile, language: Language) -> String {
    "    " + file(checked, language: language).rendered(indent: 4)
  }

  private static func file(_ file: CheckedFile, language: Language) -> JSONOutput {
    let summary = ReportSummary(file.analysis.report)
    return .object([
      ("path", .string(file.path)),
      ("reportYear", JSONOutput(file.analysis.report.reportYear)),
      ("format", JSONOutput(summary.format)),
      ("diagnostics", .array(file.diagnostics.map { diagnostic in
        self.diagnostic(diagnostic, text: file.text, language: language, documentLocation: file.documentLocation(at: diagnostic.range.start))
      })),
    ])
  }

  /// One diagnostic; `documentLocation` (for a file read as a document) adds the member of the same name.
  static func diagnostic(
    _ diagnostic: Diagnostic, text: SourceText, language: Language, documentLocation: DocumentLocation? = nil
  ) -> JSONOutput {
    .object(
      [
        ("code", .string(diagnostic.code)),
        ("name", .string(diagnostic.name)),
        ("severity", .string(diagnostic.severity.rawValue)),
        ("message", .string(diagnostic.message.text(language))),
      ] + PrintedRange(diagnostic.range, in: text).members + [
        ("related", .array(diagnostic.related.map { related in
          .object(PrintedRange(related.range, in: text).members + [("message", .string(related.message.text(language)))])
        })),
        ("fixes", .array(diagnostic.fixes.map { fix in
          .object([
            ("title", .string(fix.title.text(language))),
            ("safe", .bool(fix.isSafe)),
            ("edits", .array(fix.edits.map { edit in
              .object(PrintedRange(edit.range, in: text).members + [("newText", .string(edit.newText))])
            })),
          ])
        })),
      ] + (documentLocation.map { [("documentLocation", $0.json)] } ?? [])
    )
  }
}
