import GoujiSyntax
import GoujiText

/// The reader through the façade: the front ends read reports (for `gouji dump`, last year's report, a document
/// whose analysis waits) only here, never from `GoujiSyntax` directly.
extension Analyzer {
  /// What the reader understands of `text`, without running the rules.
  package static func read(_ text: SourceText) -> Report {
    ReportReader.read(text)
  }

  /// The report's title alone (its agency and year), as ``read(_:)`` would read it, without the rest of the reading.
  package static func title(of text: SourceText) -> ReportTitle? {
    ReportReader.title(of: text)
  }

  /// The reading of `report`'s text after `edit`: only the edited section is read again when the edit cannot change
  /// the report's structure; the result always equals ``read(_:)`` of the new text.
  package static func reread(_ report: Report, after edit: TextEdit) -> Report {
    ReportReader.reread(report, after: edit)
  }

  /// Whether ``reread(_:after:)`` reads only the edited section for `edit` (otherwise it reads the whole text).
  package static func rereadsOnlyOneSection(_ report: Report, after edit: TextEdit) -> Bool {
    ReportReader.rereadsOnlyOneSection(report, after: edit)
  }
}
