import Foundation
import GoujiRules
import GoujiText

/// `check --format sarif`: SARIF 2.1.0, one run, the rules described from the catalogue.
enum SARIFReport {
  /// The document around the list of results, whose entries are ``results(_:language:)``.
  static func envelope(language: Language) -> JSONListEnvelope {
    let rules = RuleRegistry.all.map { $0.metadata }
    let marker = JSONOutput.string("\u{1}results\u{1}")
    let run: JSONOutput = .object([
      (
        "tool",
        .object([
          (
            "driver",
            .object([
              ("name", .string("gouji")),
              ("version", .string(Help.version)),
              ("informationUri", .string(RuleMetadata.documentationHome)),
              ("rules", .array(rules.map { rule($0, language: language) })),
            ])
          )
        ])
      ),
      ("results", marker),
    ])
    let document = JSONOutput.object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      ("runs", .array([run])),
    ]).rendered()
    let parts = document.components(separatedBy: marker.rendered())
    return JSONListEnvelope(head: parts[0], tail: parts[1] + "\n", indent: resultsIndent)
  }

  /// The indentation of the `results` list in the document (`runs[0].results`).
  private static let resultsIndent = 6

  /// The file's results, each rendered as an entry of the `results` list.
  static func results(_ file: CheckedFile, language: Language) -> [String] {
    let rules = RuleRegistry.all.map { $0.metadata }
    let indent = String(repeating: " ", count: resultsIndent + 2)
    return file.diagnostics.map { diagnostic in
      indent + result(diagnostic, file: file, rules: rules, language: language).rendered(indent: resultsIndent + 2)
    }
  }

  /// The same text as ``results(_:language:)`` joined by `,\n`, handed to `write` in pieces: each result, and a
  /// fix's replacements a few at a time.
  static func streamResults(_ file: CheckedFile, language: Language, to write: (String) -> Void) {
    let rules = RuleRegistry.all.map { $0.metadata }
    let indent = String(repeating: " ", count: resultsIndent + 2)
    for (index, diagnostic) in file.diagnostics.enumerated() {
      write(index == 0 ? indent : ",\n" + indent)
      result(diagnostic, file: file, rules: rules, language: language).stream(indent: resultsIndent + 2, to: write)
    }
  }

  private static func rule(_ metadata: RuleMetadata, language: Language) -> JSONOutput {
    .object([
      ("id", .string(metadata.code)),
      ("name", .string(metadata.name)),
      ("shortDescription", .object([("text", .string(metadata.documentation.summary.text(language)))])),
      ("fullDescription", .object([("text", .string(metadata.documentation.checks))])),
      ("helpUri", .string(metadata.documentationURL)),
      ("defaultConfiguration", .object([("level", .string(level(metadata.severity)))])),
    ])
  }

  private static func result(_ diagnostic: Diagnostic, file: CheckedFile, rules: [RuleMetadata], language: Language)
    -> JSONOutput
  {
    var members: [(String, JSONOutput)] = [
      ("ruleId", .string(diagnostic.code)),
      ("ruleIndex", .int(rules.firstIndex { $0.code == diagnostic.code } ?? 0)),
      ("level", .string(level(diagnostic.severity))),
      ("message", .object([("text", .string(diagnostic.message(in: language)))])),
      ("locations", .array([location(diagnostic.range, file: file, message: nil)])),
    ]
    if !diagnostic.related.isEmpty {
      members.append(
        (
          "relatedLocations",
          .array(
            diagnostic.related.enumerated().map { index, related in
              location(related.range, file: file, message: related.message.text(language), id: index)
            })
        ))
    }
    let fixes = diagnostic.piecewiseFixes
    if !fixes.isEmpty {
      members.append(
        (
          "fixes",
          .array(
            fixes.map { fix in
              .object([
                ("description", .object([("text", .string(fix.title.text(language)))])),
                (
                  "artifactChanges",
                  .array([
                    .object([
                      ("artifactLocation", .object([("uri", .string(file.path))])),
                      (
                        "replacements",
                        .lazyArray(
                          LazyJSONArray(fix.edits) { [text = file.text] edit in
                            .object([
                              ("deletedRegion", region(edit.range, text: text)),
                              ("insertedContent", .object([("text", .string(edit.newText))])),
                            ])
                          })
                      ),
                    ])
                  ])
                ),
              ])
            })
        ))
    }
    if let properties = properties(diagnostic) { members.append(("properties", properties)) }
    return .object(members)
  }

  private static func location(_ range: TextRange, file: CheckedFile, message: String?, id: Int? = nil) -> JSONOutput {
    var members: [(String, JSONOutput)] = []
    if let id { members.append(("id", .int(id))) }
    members.append(
      (
        "physicalLocation",
        .object([
          ("artifactLocation", .object([("uri", .string(file.path))])),
          ("region", region(range, text: file.text)),
        ])
      ))
    if let message { members.append(("message", .object([("text", .string(message))]))) }
    return .object(members)
  }

  private static func region(_ range: TextRange, text: SourceText) -> JSONOutput {
    let printed = PrintedRange(range, in: text)
    return .object([
      ("startLine", .int(printed.line)), ("startColumn", .int(printed.column)),
      ("endLine", .int(printed.endLine)), ("endColumn", .int(printed.endColumn)),
    ])
  }

  private static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .information, .hint: "note"
    }
  }
}
