import Foundation
import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// A misreading never becomes an error: over the reader's corpus (every form of every report), no error-severity
/// finding stands on a cell the reader inferred or could not read (a cell with a range: a cell left unwritten has an
/// empty one, and the row's GJ304 about it is not this test's).
@Suite struct UnverifiedCellErrorTests {
  static let corpus: [String] = {
    let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("corpus")
    return Fixtures.files(in: folder).filter { $0.hasSuffix(".txt") }
  }()

  @Test(arguments: corpus)
  func noErrorStandsOnAnUnverifiedCell(_ name: String) {
    let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("corpus")
    let analysis = Analyzer.analyze(SourceText(Fixtures.text(folder.appendingPathComponent(name))))
    let tables = [analysis.report.table2, analysis.report.table3, analysis.report.table4].compactMap { $0 }
    let unverified = tables.flatMap { $0.rows.flatMap(\.cells) }
      .filter { !$0.confidence.isVerified && $0.range.length > 0 }.map(\.range)
    let errors = analysis.diagnostics.filter { $0.severity == .error }
    let standing = errors.filter { error in unverified.contains { $0.overlaps(error.range) } }
    #expect(standing.isEmpty, "\(name): \(standing.map(\.code))")
  }
}
