import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Rows whose labels a narrow Word label cell cuts after six characters (`2.其他法律行政` / `法规禁止公开`, w3m's
/// copy of round unseen3's `inv-2025-word`, here in CRLF with 𠀀 in its prose): not found, but their labels begin
/// where they belong, so they are unread (GJ308), never missing (GJ302), where they are not joined (`CutLabelJoin`);
/// a row whose label is truly absent is missing.
@Suite struct UnfoundRowTests {
  private let text = Fixtures.fixture("GoujiSyntaxTests", "unfound-rows/word-w3m-crlf.txt")

  private func problems(_ text: String) -> (missing: [String], unfound: [(key: String, range: TextRange)]) {
    let report = ReportReader.read(SourceText(text))
    let missing = report.problems.compactMap { if case .rowMissing(_, let key, _) = $0.kind { key } else { nil } }
    let unfound = report.problems.compactMap { problem -> (key: String, range: TextRange)? in
      if case .rowUnfound(_, let key, _) = problem.kind { (key, problem.range) } else { nil }
    }
    return (missing, unfound)
  }

  /// Joined since round "cutjoin" (`CutLabelJoin`): every cut row is read. A cut label whose pieces do not spell its
  /// label (`法规禁止公开` written `法规禁止公开的`) is not joined, and is unread at its beginning, not missing.
  @Test func rowsWhoseLabelsAreCutAreUnreadNotMissing() throws {
    #expect(text.contains("\r\n") && text.contains("𠀀"))
    let joined = problems(text)
    #expect(joined.missing.isEmpty && joined.unfound.isEmpty)
    let (missing, unfound) = problems(text.replacingOccurrences(of: "│法规禁止公开  │", with: "│法规禁止公开的│"))
    #expect(missing.isEmpty)
    #expect(unfound.map(\.key) == ["withheld.prohibited"])
    let prohibited = try #require(unfound.first { $0.key == "withheld.prohibited" })
    #expect(SourceText(text)[prohibited.range] == "其他法")
    #expect(SourceText(text).line(containing: prohibited.range.start) == 70)
  }

  @Test func aRowWhoseLabelIsAbsentIsStillMissing() throws {
    let lines = text.components(separatedBy: "\r\n")
    let cut = try #require(lines.firstIndex { $0.contains("2.其他法律行政") })
    #expect(lines[cut + 1].contains("法规禁止公开"))
    let without = (lines[..<(cut - 1)] + lines[(cut + 2)...]).joined(separator: "\r\n")
    let (missing, unfound) = problems(without)
    #expect(missing == ["withheld.prohibited"])
    #expect(unfound.isEmpty)
  }
}
