import GoujiSyntax
import GoujiText

extension Report {
  /// The leftovers (``Report/artifacts``) that start in `region`, in text order, found by a search in the list
  /// (which the reader keeps sorted by range) rather than a pass over all of it: GJ503 asks once per block of lines,
  /// and a long report has thousands of leftovers.
  package func artifacts(startingIn region: TextRange) -> ArraySlice<Artifact> {
    let first = artifacts.partitionPoint { $0.range.start < region.start }
    let end = artifacts[first...].partitionPoint { $0.range.start < region.end }
    return artifacts[first..<end]
  }
}
