import GoujiText
import Testing

@testable import GoujiSyntax

/// The one gate between a reading and a verdict: only written and solved cells have a value for arithmetic.
@Suite struct ConfidenceTests {
  private let range = TextRange(start: 0, end: 1)

  @Test func writtenAndSolvedCellsTakePartInSums() {
    #expect(Cell(text: "5", range: range, state: .written).arithmeticValue == 5)
    #expect(Cell(text: "5", range: range, state: .written, confidence: .solved).arithmeticValue == 5)
    #expect(Cell.empty(at: 0).arithmeticValue == 0)
  }

  @Test func inferredAndUnreadableCellsNeverDo() {
    let inferred = Cell(text: "76", range: range, state: .ambiguous(candidates: ["76", "7"]), confidence: .inferred)
    #expect(inferred.arithmeticValue == nil)
    // Even a cell written as a number yields nothing once its reading is not verified.
    #expect(Cell(text: "5", range: range, state: .written, confidence: .inferred).arithmeticValue == nil)
    #expect(Cell(text: "5", range: range, state: .written, confidence: .unreadable).arithmeticValue == nil)
  }

  @Test func theDefaultConfidenceFollowsTheState() {
    #expect(Cell(text: "5", range: range, state: .written).confidence == .written)
    #expect(Cell.empty(at: 0).confidence == .written)
    #expect(Cell(text: "", range: range, state: .missing).confidence == .unreadable)
    #expect(Cell(text: "", range: range, state: .ambiguous(candidates: ["1"])).confidence == .unreadable)
  }
}
