import GoujiSyntax
import GoujiText

extension ConversionArtifacts {
  /// `pieces` without the findings that lie in the trace of a table published as a picture: the `[image: …]` line
  /// that stands where a section's table should (``ReadingProblem/Kind/tablePicture(_:)``, GJ308 at the trace) is the
  /// picture's place, no leftover, and deleting it would leave the section without a table (GJ301, an error). Read
  /// afresh every run from the reading's problems (a block's findings are kept across edits, the problems are not);
  /// the pieces are shared as they are when no trace is found, and only a piece holding one is copied.
  static func leavingPictureTraces(_ pieces: [FindingPiece], report: Report) -> [FindingPiece] {
    let traces = report.problems.compactMap { problem -> TextRange? in
      if case .tablePicture = problem.kind { problem.range } else { nil }
    }
    guard !traces.isEmpty else { return pieces }
    func isTrace(_ range: TextRange) -> Bool {
      traces.contains { $0.start <= range.start && range.end <= $0.end }
    }
    return pieces.map { piece in
      guard (0..<piece.count).contains(where: { isTrace(piece.range(at: $0)) }) else { return piece }
      return FindingPiece(findings: piece.current.filter { !isTrace($0.range) })
    }
  }
}
