extension LineStarts {
  /// These starts with those at the indices `replaced` replaced by `inserted` and every start after them moved by
  /// `delta`: the line index of a text after an edit. The starts before and after the edit are copied in bulk (one
  /// copy and one vectorisable addition), not appended one by one, so an edit costs a few instructions per line.
  ///
  /// The result must stay ascending: `inserted` lies between the kept starts and the moved ones.
  func splicing(_ replaced: Range<Int>, with inserted: LineStarts, movingRestBy delta: Int) -> LineStarts {
    let tailCount = count - replaced.upperBound
    // The last start is the largest: the moved last start, else the last inserted, else the last kept.
    let lastKept = replaced.lowerBound > 0 ? self[replaced.lowerBound - 1] : 0
    let largest = tailCount > 0 ? self[count - 1] + delta : inserted.last ?? lastKept
    if case .compact(let starts) = storage, UInt32(exactly: largest) != nil {
      return LineStarts(compact: starts.splicing(replaced, with: inserted.lazy.map { UInt32($0) }, movingRestBy: delta))
    }
    var wide = LineStarts()
    wide.reserveCapacity(replaced.lowerBound + inserted.count + tailCount)
    wide.append(contentsOf: self[..<replaced.lowerBound])
    wide.append(contentsOf: inserted)
    wide.append(contentsOf: self[replaced.upperBound...].lazy.map { $0 + delta })
    return wide
  }
}

extension Array where Element: FixedWidthInteger & UnsignedInteger {
  /// This array with the elements at `replaced` replaced by `inserted` and the elements after them moved by `delta`
  /// (which every moved element must survive), built in one buffer: the kept elements copied, the moved ones added to.
  fileprivate func splicing(
    _ replaced: Range<Int>, with inserted: some Collection<Element>, movingRestBy delta: Int
  ) -> [Element] {
    let tail = replaced.upperBound..<count
    let total = replaced.lowerBound + inserted.count + tail.count
    // Adding the two's complement of a negative delta wraps to the smaller value, which fits by precondition.
    let step = Element(truncatingIfNeeded: delta)
    return [Element](unsafeUninitializedCapacity: total) { buffer, initialized in
      withUnsafeBufferPointer { old in
        var index = buffer.initialize(fromContentsOf: old[..<replaced.lowerBound])
        index = buffer[index...].initialize(fromContentsOf: inserted)
        for offset in tail.indices { buffer[index + offset - tail.lowerBound] = old[offset] &+ step }
      }
      initialized = total
    }
  }
}
