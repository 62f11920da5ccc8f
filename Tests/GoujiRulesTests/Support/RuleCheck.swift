import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// A diagnostic a test expects: where it starts (a marker of the test text), and optionally its code (the checked
/// rule's by default), a piece of its Chinese message, its severity, and whether its first fix is safe.
struct DiagnosticSpec: CustomStringConvertible {
  var marker: String
  var code: String?
  var message: String?
  var severity: Severity?
  var fixIsSafe: Bool?

  init(
    _ marker: String, code: String? = nil, message: String? = nil, severity: Severity? = nil, fixIsSafe: Bool? = nil
  ) {
    self.marker = marker
    self.code = code
    self.message = message
    self.severity = severity
    self.fixIsSafe = fixIsSafe
  }

  var description: String {
    var parts = [marker]
    if let code { parts.append(code) }
    if let severity { parts.append(severity.rawValue) }
    if let message { parts.append("«\(message)»") }
    if let fixIsSafe { parts.append(fixIsSafe ? "safe fix" : "unsafe fix") }
    return parts.joined(separator: " ")
  }
}

/// The configuration that runs only `codes`.
func configuration(selecting codes: String...) -> RuleConfiguration {
  var configuration = RuleConfiguration()
  configuration.select = Set(codes)
  return configuration
}

/// Runs the whole pipeline (reader and rules) with only `rule` enabled on the text of `markedText` without its
/// markers, and expects exactly the `expected` diagnostics: each starts at its marker (and ends at its `⏹` when it
/// has one), has the rule's code, and matches the spec's message piece, severity and fix safety. Nothing more.
/// Returns the analysis for further checks.
@discardableResult
func check(
  _ markedText: String, rule: String, expected: [DiagnosticSpec], previous: String? = nil,
  sourceLocation: SourceLocation = #_sourceLocation
) -> Analysis {
  let marked = MarkedText(markedText)
  let text = SourceText(marked.text)
  let previousReport = previous.map { ReportReader.read(SourceText(MarkedText($0).text)) }
  let analysis = Analyzer.analyze(text, configuration: configuration(selecting: rule), previous: previousReport)
  var unmatched = Array(analysis.diagnostics)
  for spec in expected {
    let start = marked.offset(spec.marker)
    let index = unmatched.firstIndex { diagnostic in
      diagnostic.code == (spec.code ?? rule) && diagnostic.range.start == start
        && marked.ends[spec.marker].map { $0 == diagnostic.range.end } ?? true
        && spec.message.map { diagnostic.message.zh.contains($0) } ?? true
        && spec.severity.map { $0 == diagnostic.severity } ?? true
        && spec.fixIsSafe.map { $0 == diagnostic.fixes.first?.isSafe } ?? true
    }
    guard let index else {
      Issue.record(
        """
        no diagnostic \(spec) at \(render(start, in: text)); got:
        \(analysis.diagnostics.map { render($0, in: text) }.joined(separator: "\n"))
        """,
        sourceLocation: sourceLocation
      )
      continue
    }
    unmatched.remove(at: index)
  }
  for diagnostic in unmatched {
    Issue.record("unexpected diagnostic \(render(diagnostic, in: text))", sourceLocation: sourceLocation)
  }
  return analysis
}

/// Expects no diagnostic at all from `rule` (or from every rule, when `rule` is `nil`).
func checkClean(_ text: String, rule: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
  if let rule {
    check(text, rule: rule, expected: [], sourceLocation: sourceLocation)
    return
  }
  let source = SourceText(MarkedText(text).text)
  let diagnostics = Analyzer.analyze(source).diagnostics
  #expect(
    diagnostics.isEmpty, "\(diagnostics.map { render($0, in: source) }.joined(separator: "\n"))",
    sourceLocation: sourceLocation
  )
}

/// `12:5` (1-based line, 1-based column counting characters).
func render(_ offset: Int, in text: SourceText) -> String {
  let position = text.lineColumn(of: offset, in: .utf32)
  return "\(position.line + 1):\(position.column + 1)"
}

/// `12:5 GJ310 error 总计应为…`: a diagnostic as the golden files and failure messages show it.
func render(_ diagnostic: Diagnostic, in text: SourceText) -> String {
  let position = render(diagnostic.range.start, in: text)
  return "\(position) \(diagnostic.code) \(diagnostic.severity.rawValue) \(diagnostic.message.zh)"
}
