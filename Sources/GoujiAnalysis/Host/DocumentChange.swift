import GoujiSyntax
import GoujiText

/// One change of a document as an editor sends it: a range in lines and columns of the text the previous changes
/// left (or none: the whole text), and its replacement.
package struct DocumentChange: Sendable {
  package var range: LineColumnRange?
  package var newText: String

  package init(range: LineColumnRange?, newText: String) {
    self.range = range
    self.newText = newText
  }
}

extension SourceText {
  /// The text after `changes`, applied in order, positions counted in `unit`; ranges outside the text are clamped.
  package func applying(_ changes: [DocumentChange], in unit: PositionUnit) -> SourceText {
    changes.reduce(self) { text, change in
      guard let range = change.range else { return SourceText(change.newText) }
      return text.applyingSequentially([TextEdit(range: text.textRange(of: range, in: unit), newText: change.newText)])
    }
  }
}

extension Report {
  /// The reading after `changes`: each range change re-reads only the section it touched when it cannot change the
  /// report's structure (``ReportReader/reread(_:after:isCancelled:)``). `nil` (read afresh on next use) after a
  /// change without a range, and once `cancellation` is cancelled (a newer change is waiting: a change that needs
  /// a full read is then not read, and a full read under way stops).
  package func applying(
    _ changes: [DocumentChange], in unit: PositionUnit, cancellation: CancellationToken
  ) -> Report? {
    var recorded = ReadingChange()
    return applying(changes, in: unit, recordingIn: &recorded, cancellation: cancellation)
  }

  /// ``applying(_:in:cancellation:)`` that records in `recorded` what was read again and how the rest moved.
  package func applying(
    _ changes: [DocumentChange], in unit: PositionUnit, recordingIn recorded: inout ReadingChange,
    cancellation: CancellationToken
  ) -> Report? {
    var report: Report? = self
    for change in changes {
      guard let current = report, let range = change.range else { return nil }
      let edit = TextEdit(range: current.text.textRange(of: range, in: unit), newText: change.newText)
      if cancellation.isCancelled && !ReportReader.rereadsOnlyOneSection(current, after: edit) { return nil }
      // Only a full read asks, and what it read when told to stop is unfinished.
      var stopped = false
      report = ReportReader.reread(current, after: edit, recordingIn: &recorded) {
        stopped = stopped || cancellation.isCancelled
        return stopped
      }
      if stopped { return nil }
    }
    return report
  }
}
