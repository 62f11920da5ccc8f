import Foundation

/// How many Unicode scalars, and how many of them lie outside the Basic Multilingual Plane, come before every
/// `stride`-th byte of a text: checkpoints from which a column on a very long line is counted in O(`stride`) instead
/// of from the start of the line.
///
/// A scalar is counted at its lead byte, so a checkpoint may fall inside a multi-byte character: the counts before
/// any byte offset are the checkpoint's plus the lead bytes between it and the offset. A column in UTF-32 is a count
/// of scalars, in UTF-16 the scalars plus the astral ones (each a surrogate pair).
struct PositionCheckpoints: Sendable {
  /// Bytes between two checkpoints.
  static let stride = 512

  /// `scalars[k]`: the scalars that start in bytes `0..<k * stride`.
  private let scalars: [Int]
  /// `astral[k]`: the scalars of four UTF-8 bytes that start in bytes `0..<k * stride`.
  private let astral: [Int]

  init(_ bytes: [UInt8]) {
    let count = bytes.count / Self.stride + 1
    var scalars = [Int](repeating: 0, count: count)
    var astral = [Int](repeating: 0, count: count)
    var scalarTotal = 0
    var astralTotal = 0
    bytes.withUnsafeBufferPointer { buffer in
      for index in 1..<count {
        let counts = Self.counts(buffer, from: (index - 1) * Self.stride, to: index * Self.stride)
        scalarTotal += counts.scalars
        astralTotal += counts.astral
        scalars[index] = scalarTotal
        astral[index] = astralTotal
      }
    }
    self.scalars = scalars
    self.astral = astral
  }

  /// The number of `unit`s before byte `offset` of `bytes` (the text these checkpoints were made from).
  func units(before offset: Int, in unit: PositionUnit, of bytes: [UInt8]) -> Int {
    if unit == .utf8 { return offset }
    let checkpoint = offset / Self.stride
    let rest = bytes.withUnsafeBufferPointer { Self.counts($0, from: checkpoint * Self.stride, to: offset) }
    return Self.units(scalars: scalars[checkpoint] + rest.scalars, astral: astral[checkpoint] + rest.astral, in: unit)
  }

  /// The last checkpoint in `range` before which at most `limit` `unit`s lie, as a byte offset (`nil` when none).
  func lastCheckpoint(in range: ClosedRange<Int>, notPast limit: Int, in unit: PositionUnit) -> Int? {
    let low = (range.lowerBound + Self.stride - 1) / Self.stride
    let high = range.upperBound / Self.stride
    guard low <= high, unitsAt(low, in: unit) <= limit else { return nil }
    let last = (low..<high + 1).partitionPoint { unitsAt($0, in: unit) <= limit } - 1
    return last * Self.stride
  }

  private func unitsAt(_ checkpoint: Int, in unit: PositionUnit) -> Int {
    Self.units(scalars: scalars[checkpoint], astral: astral[checkpoint], in: unit)
  }

  @inline(__always)
  private static func units(scalars: Int, astral: Int, in unit: PositionUnit) -> Int {
    unit == .utf16 ? scalars + astral : scalars
  }

  /// The scalars, and the astral ones, whose lead byte lies in `start..<end`.
  @inline(__always)
  static func counts(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (scalars: Int, astral: Int) {
    var scalars = 0
    var astral = 0
    var index = start
    while index < end {
      let byte = bytes[index]
      scalars &+= byte & 0xC0 == 0x80 ? 0 : 1
      astral &+= byte >= 0xF0 ? 1 : 0
      index &+= 1
    }
    return (scalars, astral)
  }
}

/// The checkpoints of one text, made on first use (most texts never need them: their lines are short) and shared
/// by every copy of the text.
final class LazyPositionCheckpoints: Sendable {
  private let checkpoints = Locked<PositionCheckpoints?>(nil)

  func get(_ bytes: [UInt8]) -> PositionCheckpoints {
    checkpoints.withLock { checkpoints in
      if let checkpoints { return checkpoints }
      let made = PositionCheckpoints(bytes)
      checkpoints = made
      return made
    }
  }
}
