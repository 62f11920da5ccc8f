import Foundation
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// ``Report/walk(_:)`` is the one traversal of a report's ranges (the shift after an edit, `allRanges`, the tree
/// dump): it must meet every range the report stores. The stored ranges are found independently, by reflection, so
/// a new part of the model with a range that the walk does not visit fails here.
@Suite struct ReportWalkTests {
  /// The examples and every text form of the reader corpus.
  static let texts: [String] = {
    let corpus = Fixtures.files(in: Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("corpus"))
    return Fixtures.exampleNames + corpus.filter { $0.hasSuffix(".txt") }.map { "corpus/" + $0 }
  }()

  private static func report(_ name: String) -> Report {
    ReportReader.read(SourceText(Fixtures.exampleOrFixture("GoujiSyntaxTests", name)))
  }

  /// Every `TextRange` stored in `value` (the text aside), found by reflection.
  private static func storedRanges(_ value: Any) -> [TextRange] {
    if let range = value as? TextRange { return [range] }
    if value is SourceText { return [] }
    return Mirror(reflecting: value).children.flatMap { storedRanges($0.value) }
  }

  @Test(arguments: texts)
  func theWalkMeetsEveryStoredRange(_ name: String) throws {
    var report = Self.report(name)
    var walked: [TextRange] = []
    report.walk { node, _, ranges in
      if case .appendix = node { return }  // an offset, not a stored range
      walked += ranges
    }
    #expect(walked.sorted() == Self.storedRanges(report).sorted())
  }

  @Test(arguments: texts)
  func theWalkWritesBackEveryRange(_ name: String) throws {
    var report = Self.report(name)
    let moved = TextRange(start: 1, end: 1)
    report.walk { _, _, ranges in ranges = ranges.map { _ in moved } }
    #expect(Self.storedRanges(report).allSatisfy { $0 == moved })
    #expect(report.appendixStart == nil || report.appendixStart == 1)
  }
}
