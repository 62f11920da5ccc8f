import GoujiAnalysis
import GoujiJSON
import GoujiRules
import GoujiText
import LanguageServerProtocol

/// The LSP diagnostics a document should get: `Analyzer.analyze` of its text (what `gouji check` prints), with
/// positions computed independently of the server.
enum ExpectedDiagnostics {
  static func of(
    _ text: String,
    uri: String,
    encoding: String = "utf-16",
    language: Language = .zh,
    configuration: RuleConfiguration = RuleConfiguration(),
    previous: String? = nil
  ) -> [JSONValue] {
    let previousReport = previous.map { Analyzer.analyze(SourceText($0)).report }
    let analysis = Analyzer.analyze(SourceText(text), configuration: configuration, previous: previousReport)
    let ranges = analysis.diagnostics.flatMap { [$0.range] + $0.related.map(\.range) }
    let positions = IndependentPositions.positions(
      of: ranges.flatMap { [$0.start, $0.end] }, in: text, encoding: encoding
    )
    func range(_ range: TextRange) -> JSONValue {
      ["start": positions[range.start]!, "end": positions[range.end]!]
    }
    return analysis.diagnostics.map { diagnostic in
      var expected: [String: JSONValue] = [
        "range": range(diagnostic.range),
        "severity": .int(severity(diagnostic.severity)),
        "code": .string(diagnostic.code),
        "codeDescription": ["href": .string(RuleRegistry.rule(diagnostic.code)!.metadata.documentationURL)],
        "source": "gouji",
        "message": .string(diagnostic.message.text(language)),
      ]
      if !diagnostic.related.isEmpty {
        expected["relatedInformation"] = .array(
          diagnostic.related.map { related in
            [
              "location": [
                "uri": .string(uri),
                "range": range(related.range),
              ],
              "message": .string(related.message.text(language)),
            ]
          })
      }
      return .object(expected)
    }
  }

  /// A published diagnostic without its `data` (which only the server reads back).
  static func withoutData(_ diagnostic: JSONValue) -> JSONValue {
    var object = diagnostic.objectValue ?? [:]
    object["data"] = nil
    return .object(object)
  }

  private static func severity(_ severity: Severity) -> Int {
    switch severity {
    case .error: 1
    case .warning: 2
    case .information: 3
    case .hint: 4
    }
  }
}
