import GoujiRules
import GoujiText
import LanguageServerProtocol

extension DiagnosticList {
  /// The diagnostics of an analysis, converted, at most `context.listedDiagnosticsLimit` of them: the most severe are kept (errors, then
  /// warnings, information and hints, each in the analysis's order) and listed in the analysis's order. When some are
  /// left out, one more information diagnostic, at the first of them, says how many and how many there are in all
  /// (the command line lists them all).
  func lsp(in context: ConversionContext) -> [LSPDiagnostic] {
    let limit = context.listedDiagnosticsLimit
    guard count > limit else {
      return enumerated().map { index, diagnostic in diagnostic.lsp(index: index, in: context) }
    }
    let (cutoff, keptAtCutoff) = severityCutoff(keeping: limit)
    var listed: [LSPDiagnostic] = []
    listed.reserveCapacity(limit + 1)
    var firstLeftOut: Int?
    var listedAtCutoff = 0
    for (index, diagnostic) in enumerated() {
      if diagnostic.severity < cutoff || (diagnostic.severity == cutoff && listedAtCutoff < keptAtCutoff) {
        if diagnostic.severity == cutoff { listedAtCutoff += 1 }
        listed.append(diagnostic.lsp(index: index, in: context))
      } else if firstLeftOut == nil {
        firstLeftOut = index
      }
    }
    if let firstLeftOut {
      listed.append(notListed(count - limit, at: self[firstLeftOut].range, in: context))
    }
    return listed
  }

  /// The least severe severity of which diagnostics are kept when `limit` are, and how many of that severity (the
  /// first in the analysis's order): every more severe diagnostic is kept.
  private func severityCutoff(keeping limit: Int) -> (severity: Severity, kept: Int) {
    var counts: [Severity: Int] = [:]
    for diagnostic in self { counts[diagnostic.severity, default: 0] += 1 }
    var remaining = limit
    for severity in Severity.allCases.sorted() {
      let count = counts[severity] ?? 0
      if count >= remaining { return (severity, remaining) }
      remaining -= count
    }
    return (.hint, remaining)
  }

  /// The diagnostic saying that `leftOut` of the analysis's diagnostics are not listed, placed at `range`.
  private func notListed(_ leftOut: Int, at range: TextRange, in context: ConversionContext) -> LSPDiagnostic {
    let message = LocalizedText(
      zh: "另有 \(leftOut) 条未列出（共 \(count) 条；gouji check 列出全部）",
      en: "\(leftOut) more not listed (\(count) in all; gouji check lists every one)"
    )
    return LSPDiagnostic(
      range: context.range(range), severity: .information, source: ReportDiagnostic.source,
      message: message.text(context.language)
    )
  }
}
