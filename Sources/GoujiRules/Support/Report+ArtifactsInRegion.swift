import GoujiSyntax
import GoujiText

extension Report {
  /// The leftovers (``Report/artifacts``) that start in `region`, in text order, found by a search in the list
  /// (which the reader keeps sorted by range) rather than a pass over all of it: GJ503 asks once per block of lines,
  /// and a long report has thousands of leftovers.
  package func artifacts(startingIn region: TextRange) -> ArraySlice<Artifact> {
    let first = artifacts.firstIndex(startingAtOrAfter: region.start)
    let end = artifacts[first...].firstIndex(startingAtOrAfter: region.end)
    return artifacts[first..<end]
  }
}

extension RandomAccessCollection where Element == Artifact, Index == Int {
  /// The index of the first leftover that starts at or after `offset` (`endIndex` when none does), the leftovers
  /// sorted by start.
  fileprivate func firstIndex(startingAtOrAfter offset: Int) -> Int {
    var (low, high) = (startIndex, endIndex)
    while low < high {
      let middle = low + (high - low) / 2
      if self[middle].range.start < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
