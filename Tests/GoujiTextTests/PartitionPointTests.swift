import GoujiTestSupport
import Testing

@testable import GoujiText

/// The package's one binary search (``RandomAccessCollection/partitionPoint(_:)``) against a linear scan: every
/// sorted-starts search in the package relies on it.
@Suite struct PartitionPointTests {
  @Test(arguments: [1, 2, 3] as [UInt64])
  func findsWhatALinearScanFinds(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<500 {
      let count = Int.random(in: 0...40, using: &generator)
      let sorted = (0..<count).map { _ in Int.random(in: 0...20, using: &generator) }.sorted()
      let target = Int.random(in: -1...21, using: &generator)
      let expected = sorted.firstIndex { $0 >= target } ?? sorted.endIndex
      #expect(sorted.partitionPoint { $0 < target } == expected, "\(sorted) below \(target)")
    }
  }

  @Test func searchesASliceByItsOwnIndices() {
    let starts = [0, 3, 3, 7, 9, 12, 15]
    let tail = starts[2...]
    #expect(tail.partitionPoint { $0 <= 3 } == 3)
    #expect(tail.partitionPoint { $0 < 0 } == 2)
    #expect(tail.partitionPoint { _ in true } == 7)
  }

  @Test func searchesARangeOfIndices() {
    let squares = (0..<100).map { $0 * $0 }
    #expect((5..<61).partitionPoint { squares[$0] <= 1_000 } == 32)
    #expect((0..<0).partitionPoint { _ in true } == 0)
  }
}
