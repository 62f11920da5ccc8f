import GoujiAnalysis
import LanguageServerProtocol

/// `textDocument/diagnostic`: the diagnostics, pulled. The `resultId` names the analysis, so a client holding the
/// current one hears "unchanged".
enum DocumentDiagnosticHandler {
  static func report(_ request: DocumentDiagnosticRequest, in context: RequestContext) -> DocumentDiagnosticReport {
    let resultId = String(context.analysisGeneration)
    if request.previousResultId == resultId { return .unchanged(resultId: resultId) }
    return .full(resultId: resultId, items: context.analysis.diagnostics.lsp(in: context.conversion))
  }
}
