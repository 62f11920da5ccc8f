import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiText

/// What a feature handler works on: a document's current analysis, how to convert to the protocol, and what the
/// client supports. Handlers are pure functions of the request and this context.
struct RequestContext {
  var analysis: Analysis
  var conversion: ConversionContext
  var client: ClientProfile
  /// Changes with every new analysis of the document (text, configuration or last year's report changed).
  var analysisGeneration: Int
  /// The edit of every safe fix at once for this analysis, computed on first use and kept with the analysis.
  var safeFixEdits: () -> [ReportEdit]

  var text: SourceText { analysis.text }
  var language: Language { conversion.language }
}
