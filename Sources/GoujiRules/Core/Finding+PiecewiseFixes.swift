import GoujiText

/// A fix with its edits in the pieces its finding keeps them in (GJ501's, by line), for an output that writes the
/// edits one by one: 50 MB of Kangxi radicals are 16.7 million edits, and joining them into one array for
/// `check --format json` held 32 bytes an edit beside the rule's own.
package struct PiecewiseFix: Sendable {
  package var title: LocalizedText
  /// Whether the fix is safe (``Fix/isSafe``).
  package var isSafe: Bool
  /// The fix's edits, in pieces, in the order ``Fix/edits`` lists them.
  package var pieces: [[TextEdit]]

  /// The fix's edits, in order, walked piece by piece.
  package var edits: FlattenSequence<[[TextEdit]]> { pieces.joined() }
}

extension Finding {
  /// The same fixes as ``fixes``, with their edits as the finding keeps them: GJ501's by line, never joined.
  package var piecewiseFixes: [PiecewiseFix] {
    switch content {
    case .compatibility(let fix): [fix.piecewiseFix]
    default: fixes.map { PiecewiseFix(title: $0.title, isSafe: $0.isSafe, pieces: [$0.edits]) }
    }
  }
}

extension Diagnostic {
  /// The finding's ``Finding/piecewiseFixes``.
  package var piecewiseFixes: [PiecewiseFix] { finding.piecewiseFixes }
}
