import GoujiAnalysis
import GoujiDocuments
import GoujiRules
import GoujiSyntax
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

  /// The same text as ``fragment(_:language:)``, handed to `write` in pieces: the members before `diagnostics`, then
  /// each diagnostic (a fix's edits in pieces too), then the end. For a file with at least one diagnostic (an empty
  /// list is written `[]`).
  static func streamFragment(_ checked: CheckedFile, language: Language, to write: (String) -> Void) {
    var head = "    {\n"
    for (key, value) in members(checked) { head += "      \"\(key)\": " + value.rendered(indent: 6) + ",\n" }
    write(head + "      \"diagnostics\": [\n")
    let diagnostics = checked.diagnostics
    for (index, diagnostic) in diagnostics.enumerated() {
      write("        ")
      fileDiagnostic(diagnostic, in: checked, language: language).stream(indent: 8, to: write)
      write(index + 1 < diagnostics.count ? ",\n" : "\n")
    }
    write("      ]\n    }")
  }

  private static func file(_ file: CheckedFile, language: Language) -> JSONOutput {
    .object(
      members(file) + [
        ("diagnostics", .array(file.diagnostics.map { fileDiagnostic($0, in: file, language: language) }))
      ])
  }

  /// The members of a file's entry before its diagnostics (plain keys, which need no escaping).
  private static func members(_ file: CheckedFile) -> [(String, JSONOutput)] {
    let summary = ReportSummary(file.analysis.report)
    return [
      ("path", .string(file.path)),
      ("reportYear", JSONOutput(file.analysis.report.reportYear)),
      ("format", JSONOutput(summary.format)),
    ]
  }

  private static func fileDiagnostic(_ diagnostic: Diagnostic, in file: CheckedFile, language: Language) -> JSONOutput {
    let location = file.documentLocation(at: diagnostic.range.start)
    return self.diagnostic(diagnostic, text: file.text, language: language, documentLocation: location)
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
        ("message", .string(diagnostic.message(in: language))),
      ] + PrintedRange(diagnostic.range, in: text).members + [
        (
          "related",
          .array(
            diagnostic.related.map { related in
              .object(
                PrintedRange(related.range, in: text).members + [("message", .string(related.message.text(language)))])
            })
        ),
        (
          "fixes",
          .array(
            diagnostic.piecewiseFixes.map { fix in
              .object([
                ("title", .string(fix.title.text(language))),
                ("safe", .bool(fix.isSafe)),
                (
                  "edits",
                  .lazyArray(
                    LazyJSONArray(fix.edits) { edit in
                      .object(PrintedRange(edit.range, in: text).members + [("newText", .string(edit.newText))])
                    })
                ),
              ])
            })
        ),
      ] + (documentLocation.map { [("documentLocation", $0.json)] } ?? [])
    )
  }
}
