extension RandomAccessCollection {
  /// The first index whose element does not satisfy `isBefore`, in a collection partitioned by it (every element
  /// that satisfies it comes before every one that does not), found by binary search; `endIndex` when all satisfy it.
  ///
  /// The one binary search of the package: sorted starts of lines, ranges, findings and checkpoints are all searched
  /// with it (`(0..<n).partitionPoint { … }` searches by index).
  @inlinable
  package func partitionPoint(_ isBefore: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try isBefore(self[middle]) {
        low = index(after: middle)
        count -= half + 1
      } else {
        count = half
      }
    }
    return low
  }
}
