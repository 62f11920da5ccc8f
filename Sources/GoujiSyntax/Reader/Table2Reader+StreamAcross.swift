import GoujiFormats
import GoujiText

extension Table2Reader {
  /// One clause of table 二 in PDF text in reading order: its sub-table and the values written after its headers.
  struct ClauseStream {
    var subtable: SubtableSpec
    var values: [RawCell]
  }

  /// The most cells two clauses may share before their values are not placed across them (a search over orders).
  static let sharedCellLimit = 8

  /// Each clause's placement: from its own values when their number fits; for two neighbouring clauses whose values
  /// do not fit alone but fit together (the 2019 format's 第二十条第（八）项 and （九）项, side by side on a page, write
  /// theirs across both), from both (``placeAcross(_:_:)``). `nil` where none could be made.
  static func placements(_ streams: [ClauseStream]) -> [Placement?] {
    var result: [Placement?] = []
    var index = 0
    while index < streams.count {
      let stream = streams[index]
      if index + 1 < streams.count, !stream.fits, !streams[index + 1].fits,
        stream.values.count + streams[index + 1].values.count == stream.cellCount + streams[index + 1].cellCount
      {
        let (first, second) = placeAcross(stream, streams[index + 1])
        result += [first, second]
        index += 2
        continue
      }
      result.append(place(stream.values, in: stream.subtable))
      index += 1
    }
    return result
  }

  /// Two clauses' values placed on their cells together. Every order of the values that the column kinds allow is
  /// tried: when all read the same, the placement is solved; otherwise the order keeping the most values in the
  /// clause they were written under is kept as inferred, if every other order reading differently keeps fewer.
  /// `nil` otherwise: the written order alone does not decide, since reading order puts a value right-aligned in a
  /// cell (`　　0`) after a wider one of the next clause (`　58`; `inv-2020-ling`'s pdf-raw form).
  static func placeAcross(_ first: ClauseStream, _ second: ClauseStream) -> (Placement?, Placement?) {
    let kinds = [first, second].flatMap { stream in
      (0..<stream.subtable.rows.count).flatMap { _ in stream.subtable.columns.map(\.kind) }
    }
    let values = first.values + second.values
    guard values.count == kinds.count, values.count <= sharedCellLimit else { return (nil, nil) }
    var orders = AcrossOrders(values: values, kinds: kinds, ownCount: first.values.count, firstCells: first.cellCount)
    orders.search()
    guard let best = orders.best else { return (nil, nil) }
    let runnerUp = orders.readings.first { $0.texts != best.texts }
    if let runnerUp, runnerUp.rank[0] <= best.rank[0] { return (nil, nil) }
    let split = { (cells: [RawCell]) in (Array(cells.prefix(first.cellCount)), Array(cells.dropFirst(first.cellCount)))
    }
    let (bestFirst, bestSecond) = split(best.cells)
    let alternative = runnerUp.map { split($0.cells) }
    return (
      Placement(rows: first.rows(bestFirst), alternative: alternative.map { first.rows($0.0) }),
      Placement(rows: second.rows(bestSecond), alternative: alternative.map { second.rows($0.1) })
    )
  }
}

extension Table2Reader.ClauseStream {
  var cellCount: Int { subtable.rows.count * subtable.columns.count }
  var fits: Bool { values.count == cellCount }

  /// `cells` (the clause's, row by row) as its rows.
  func rows(_ cells: [RawCell]) -> [[RawCell]] {
    let columns = subtable.columns.count
    return (0..<subtable.rows.count).map { Array(cells[($0 * columns)..<(($0 + 1) * columns)]) }
  }
}

/// The orders of two clauses' values on their cells that the column kinds allow, each ranked: how many values stay
/// under the clause they were written under (more is better), then how many pairs of values are out of their written
/// order (fewer is better).
private struct AcrossOrders {
  struct Reading {
    var cells: [RawCell]
    var texts: [String]
    /// Lower is better.
    var rank: [Int]
  }

  let values: [RawCell]
  let kinds: [ValueKind]
  /// The values written under the first clause (the first `ownCount`) and the first clause's cells.
  let ownCount: Int
  let firstCells: Int
  /// One reading per distinct texts, the best-ranked of each, best first after ``search()``.
  private(set) var readings: [Reading] = []
  var best: Reading? { readings.first }

  init(values: [RawCell], kinds: [ValueKind], ownCount: Int, firstCells: Int) {
    (self.values, self.kinds, self.ownCount, self.firstCells) = (values, kinds, ownCount, firstCells)
  }

  mutating func search() {
    var chosen: [Int] = []
    var used = [Bool](repeating: false, count: values.count)
    extend(&chosen, &used)
    readings.sort { $0.rank.lexicographicallyPrecedes($1.rank) }
  }

  private mutating func extend(_ chosen: inout [Int], _ used: inout [Bool]) {
    guard chosen.count < kinds.count else { return record(chosen) }
    let kind = kinds[chosen.count]
    for value in values.indices where !used[value] {
      guard PieceValidity.isValid(Array(values[value].text.unicodeScalars)[...], kind: kind) else { continue }
      used[value] = true
      chosen.append(value)
      extend(&chosen, &used)
      chosen.removeLast()
      used[value] = false
    }
  }

  private mutating func record(_ chosen: [Int]) {
    let misplaced = chosen.enumerated().filter { cell, value in (cell < firstCells) != (value < ownCount) }.count
    var inversions = 0
    for (index, value) in chosen.enumerated() { inversions += chosen[(index + 1)...].filter { $0 < value }.count }
    let reading = Reading(
      cells: chosen.map { values[$0] }, texts: chosen.map { values[$0].text }, rank: [misplaced, inversions])
    if let same = readings.firstIndex(where: { $0.texts == reading.texts }) {
      if reading.rank.lexicographicallyPrecedes(readings[same].rank) { readings[same] = reading }
    } else {
      readings.append(reading)
    }
  }
}
