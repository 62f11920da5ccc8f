import GoujiFormats
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Random tables that satisfy every balancing rule, written with random spaces between some cells and none between
/// others: the solver must give back each glued row exactly as it was, or leave it undecided or unreadable. A
/// wrong value is never acceptable. (The counts check that the test is not vacuous: most rows are solved.) The work
/// budget is smaller than the reader's, to keep the test quick in debug builds; a budget only ever turns a row from
/// solved into unreadable, never into a wrong value.
@Suite struct SolverRandomizedTests {
  private static let table3 = ReportFormat.format2021.table3
  private static let table4 = ReportFormat.format2021.table4

  /// Tallies of what the solver did with the glued rows.
  private struct Tally {
    var solved = 0
    var notSolved = 0
    var wrong: [String] = []
  }

  /// A count as real tables hold them: mostly 0, often small, sometimes large.
  private static func count(_ generator: inout SeededGenerator) -> Int {
    switch Int.random(in: 0..<10, using: &generator) {
    case 0..<5: 0
    case 5..<8: Int.random(in: 1...9, using: &generator)
    case 8: Int.random(in: 10...99, using: &generator)
    default: Int.random(in: 100...99_999, using: &generator)
    }
  }

  /// Six applicant values and their total.
  private static func row(_ generator: inout SeededGenerator, zeroChance: Int = 3) -> [Int] {
    if Int.random(in: 0..<zeroChance, using: &generator) == 0 { return Array(repeating: 0, count: 7) }
    let parts = (0..<6).map { _ in count(&generator) }
    return parts + [parts.reduce(0, +)]
  }

  /// A table 三 (2021) satisfying R3-1, R3-2 and R3-3: outcome rows at random, their sum, a carry-over, and new
  /// applications making R3-1 hold with a carried-in row no larger than needed.
  private static func randomTable3(_ generator: inout SeededGenerator) -> [String: [Int]] {
    let outcomeRows = table3.rules.first { $0.axis == .eachColumn && $0.total == ["outcomeTotal"] }!.parts
    var values: [String: [Int]] = [:]
    for key in outcomeRows { values[key] = row(&generator, zeroChance: 2) }
    values["outcomeTotal"] = (0..<7).map { column in outcomeRows.reduce(0) { $0 + values[$1]![column] } }
    values["carryOver"] = row(&generator)
    let available = (0..<7).map { values["outcomeTotal"]![$0] + values["carryOver"]![$0] }
    var carried = (0..<6).map { Int.random(in: 0...available[$0], using: &generator) / 3 }
    carried.append(carried.reduce(0, +))
    values["carried"] = carried
    values["new"] = (0..<7).map { available[$0] - carried[$0] }
    return values
  }

  /// The values written with a space after each cell with probability `spaces` (0…1), as tokens.
  private static func flatten(_ values: [Int], spaces: Double, _ generator: inout SeededGenerator) -> GluedRow {
    var tokens: [String] = [""]
    for (index, value) in values.enumerated() {
      if index > 0 && Double.random(in: 0..<1, using: &generator) < spaces { tokens.append("") }
      tokens[tokens.count - 1] += String(value)
    }
    var offset = 0
    return GluedRow(
      tokens: tokens.map { token in
        defer { offset += token.utf8.count + 1 }
        return RawCell(text: token, range: TextRange(start: offset, end: offset + token.utf8.count))
      })
  }

  private static func check(_ reading: GluedRowReading?, _ original: [Int], _ tally: inout Tally, _ context: String) {
    guard case .solved(let split) = reading else {
      tally.notSolved += 1
      return
    }
    if split.values == original.map(String.init) {
      tally.solved += 1
    } else {
      tally.wrong.append("\(context): \(split.values) for \(original)")
    }
  }

  @Test func table3IsReadExactlyOrNotAtAll() {
    var generator = SeededGenerator(seed: 2026)
    var tally = Tally()
    let keys = Array(Self.randomTable3(&generator).keys)
    for round in 0..<150 {
      let table = Self.randomTable3(&generator)
      var glued: [TableSolver.Row] = []
      var fixed: [String: [Int?]] = [:]
      for key in keys.sorted() {
        let spaces = [0.0, 0.2, 0.5, 0.8, 1.0].randomElement(using: &generator)!
        let row = Self.flatten(table[key]!, spaces: spaces, &generator)
        if row.tokens.count == 7 {
          fixed[key] = table[key]!
        } else {
          glued.append(TableSolver.Row(key: key, glued: row, kinds: Array(repeating: .count, count: 7)))
        }
      }
      let readings = TableSolver(columns: Self.table3.columns, rules: Self.table3.rules).solve(
        glued, fixed: fixed, steps: 20_000)
      for row in glued {
        Self.check(
          readings[row.key], table[row.key]!, &tally, "round \(round) \(row.key) \(row.glued.tokens.map(\.text))")
      }
    }
    #expect(tally.wrong.isEmpty, "\(tally.wrong.prefix(5))")
    #expect(tally.solved + tally.notSolved > 2000)
    #expect(tally.solved > tally.notSolved * 2, "solved \(tally.solved), not solved \(tally.notSolved)")
  }

  @Test func table4IsReadExactlyOrNotAtAll() {
    var generator = SeededGenerator(seed: 44)
    var tally = Tally()
    for round in 0..<3000 {
      let values = (0..<3).flatMap { _ in
        let parts = (0..<4).map { _ in Int.random(in: 0..<4, using: &generator) == 0 ? Self.count(&generator) : 0 }
        return parts + [parts.reduce(0, +)]
      }
      let spaces = [0.0, 0.3, 0.7].randomElement(using: &generator)!
      let row = TableSolver.Row(
        key: "review", glued: Self.flatten(values, spaces: spaces, &generator),
        kinds: Array(repeating: .count, count: 15))
      let readings = TableSolver(columns: Self.table4.columns, rules: Self.table4.rules).solve(
        [row], fixed: [:], steps: 20_000)
      Self.check(readings["review"], values, &tally, "round \(round) \(row.glued.tokens.map(\.text))")
    }
    #expect(tally.wrong.isEmpty, "\(tally.wrong.prefix(5))")
    #expect(tally.solved > 1500, "solved \(tally.solved), not solved \(tally.notSolved)")
  }

  @Test func table2RowsWithoutRulesAreSolvedOnlyWhenOneSplitExists() {
    var generator = SeededGenerator(seed: 9)
    var tally = Tally()
    let kinds: [ValueKind] = [.count, .count, .count]
    for round in 0..<3000 {
      let values = (0..<3).map { _ in Self.count(&generator) }
      let glued = Self.flatten(values, spaces: 0.3, &generator)
      guard glued.tokens.count < 3 else { continue }
      var budget = WorkBudget()
      let outcome = RowSplitter(tokens: glued.scalars, kinds: kinds).splits(limit: 64, budget: &budget)
      guard case .splits(let splits) = outcome else {
        tally.notSolved += 1
        continue
      }
      #expect(
        splits.contains { $0.values == values.map(String.init) }, "round \(round): \(values) not among the splits")
      Self.check(splits.count == 1 ? .solved(splits[0]) : .unreadable, values, &tally, "round \(round)")
    }
    #expect(tally.wrong.isEmpty, "\(tally.wrong.prefix(5))")
    #expect(tally.solved > 100)
  }
}
