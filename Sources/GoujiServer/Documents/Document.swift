import GoujiAnalysis
import GoujiSyntax
import GoujiText
import LanguageServerProtocol

/// An open document: the client's text at its version, and what gouji made of it (computed on first use, dropped
/// when the text or the configuration changes).
struct Document {
  let uri: DocumentURI
  var version: Int
  var text: SourceText
  /// What the reader understood of `text`.
  var report: Report?
  /// The analysis of `report` with the current configuration and last year's report.
  var analysis: Analysis?
  /// Where last year's report used by `analysis` came from (a document URI or a file path).
  var previousSource: String?
  /// Last year's report used by `analysis`.
  var previousYear: Report?
  /// A number that changes with every new analysis, for the `resultId` of pulled diagnostics.
  var analysisGeneration = 0

  init(uri: DocumentURI, version: Int, text: SourceText) {
    self.uri = uri
    self.version = version
    self.text = text
  }

  /// Replaces the text; everything derived from it is computed again on next use.
  mutating func update(text: SourceText, version: Int) {
    self.text = text
    self.version = version
    report = nil
    invalidateAnalysis()
  }

  /// Applies the changes of one `didChange`, keeping the reading up to date incrementally when there is one. When
  /// a newer change is queued (`newerQueued`) and a change would need a full read, the reading is dropped instead
  /// (read on next use, once).
  mutating func apply(
    _ changes: [TextDocumentContentChangeEvent], in unit: PositionUnit, version: Int, newerQueued: Bool = false
  ) {
    guard let reading = report?.applying(changes, in: unit, fullReads: !newerQueued) else {
      update(text: text.applying(changes, in: unit), version: version)
      return
    }
    update(text: reading.text, version: version)
    report = reading
  }

  /// Drops the analysis (not the reading of the text), e.g. after a configuration change.
  mutating func invalidateAnalysis() {
    analysis = nil
    previousSource = nil
    previousYear = nil
  }
}
