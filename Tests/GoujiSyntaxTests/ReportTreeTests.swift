import Foundation
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// The reader's data-driven oracle: each `Fixtures/trees/<case>.txt` reads as its `<case>.tree` says (the tree dump,
/// ``ReportTree``: every part of the reading with its exact range). `UPDATE_GOLDEN=1` rewrites a differing `.tree`,
/// which must then be read before it is committed: it is the specification.
@Suite struct ReportTreeTests {
  private static let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("trees")

  static let cases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
  }()

  private static func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
  }

  @Test(arguments: cases)
  func readingMatchesItsTree(_ name: String) throws {
    let tree = ReportTree(report: ReportReader.read(SourceText(try Self.text(name)))).rendered(path: "\(name).txt")
    let difference = Golden.compare(tree, with: Self.folder.appendingPathComponent("\(name).tree"))
    #expect(difference == nil, "\(difference ?? "")")
  }

  /// Positions are exact on the lines that break them most easily.
  @Test func theCasesHoldCRLFAnAstralCharacterAndCJK() throws {
    let texts = try Self.cases.map(Self.text)
    #expect(texts.contains { $0.utf8.contains(0x0D) })
    #expect(texts.contains { $0.unicodeScalars.contains("𠀀") })
    #expect(texts.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
  }
}
