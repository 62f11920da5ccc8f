import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Row labels cut by Word's narrow label cells over several lines (`Fixtures/reader/cut-labels-*`, written by
/// `make_fixtures.py`; their values are checked by `ReaderPatternTests`): joined when the pieces spell exactly one
/// label, never a wrong value, and a row whose label is absent is still missing.
@Suite struct CutLabelJoinTests {
  private func fixture(_ name: String) -> String { Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt") }

  private func problems(_ report: Report) -> (missing: [String], unfound: [String], unreadable: [String]) {
    var result: (missing: [String], unfound: [String], unreadable: [String]) = ([], [], [])
    for problem in report.problems {
      switch problem.kind {
      case .rowMissing(.table3, let key, _): result.missing.append(key)
      case .rowUnfound(.table3, let key, _): result.unfound.append(key)
      case .rowUnreadable(.table3, let key, _): result.unreadable.append(key)
      default: break
      }
    }
    return result
  }

  /// w3m's grid (CRLF, `𠀀` in the prose): `2.其他法律行政` / `法规禁止公开` is one row, its label found at its first
  /// piece and its values on that line; `5.要求行政机关` / `确认或重新出具` / `已获取信息` takes its middle line's.
  @Test func aGridLabelCutOverSeveralLinesIsRead() throws {
    let text = fixture("cut-labels-grid")
    #expect(text.contains("\r\n") && text.contains("𠀀"))
    let report = ReportReader.read(SourceText(text))
    let (missing, unfound, unreadable) = problems(report)
    #expect(missing.isEmpty && unfound.isEmpty && unreadable.isEmpty)
    let prohibited = try #require(report.table3?.row("withheld.prohibited"))
    #expect(report.text[prohibited.labelRange].hasPrefix("2.其他法律行政"))
    #expect(prohibited.cells.map(\.text) == ["8", "0", "0", "0", "4", "3", "15"])
    let line = report.text.line(containing: prohibited.labelRange.start)
    #expect(report.text.line(containing: prohibited.cells[0].range.start) == line)
    let confirmation = try #require(report.table3?.row("ignored.confirmation"))
    #expect(report.text.lineText(report.text.line(containing: confirmation.cells[6].range.start)).contains("确认或重新"))
  }

  /// `pdftotext -layout`: `1.本机` / `关不掌` / `握相关  0 8 1 3 7 9 28` beside `（四）无` / `法提供`, blank lines
  /// between pieces.
  @Test func aLayoutLabelCutAfterTwoCharactersBesideItsGroupIsRead() throws {
    let report = ReportReader.read(SourceText(fixture("cut-labels-layout")))
    let (missing, unfound, unreadable) = problems(report)
    #expect(missing.isEmpty && unfound.isEmpty && unreadable.isEmpty)
    let row = try #require(report.table3?.row("unable.notHeld"))
    #expect(report.text[row.labelRange].hasPrefix("1.本机"))
    #expect(row.cells.map(\.text) == ["0", "8", "1", "3", "7", "9", "28"])
  }

  /// The same cut label twice joins two ways: neither is kept, and the row is unread (GJ308), not missing.
  @Test func aLabelThatJoinsTwoWaysIsUnread() {
    let report = ReportReader.read(SourceText(fixture("cut-labels-grid-twice")))
    let (missing, unfound, _) = problems(report)
    #expect(missing.isEmpty)
    #expect(unfound == ["unable.notHeld"])
    #expect(report.table3?.row("unable.notHeld") == nil)
  }

  /// A joined row whose values break its R3-2 (总计 one more than its parts) is left unread, never read.
  @Test func aJoinedRowTheRulesDoNotConfirmIsUnread() throws {
    let report = ReportReader.read(SourceText(fixture("cut-labels-grid-unbalanced")))
    let (missing, _, unreadable) = problems(report)
    #expect(missing.isEmpty)
    #expect(unreadable == ["ignored.excessive"])
    let row = try #require(report.table3?.row("ignored.excessive"))
    #expect(row.cells.allSatisfy { !$0.isReadable })
  }

  /// A row whose cut label is absent from the text is missing (GJ302), and its neighbours are still read.
  @Test func aRowWhoseCutLabelIsAbsentIsMissing() throws {
    let lines = fixture("cut-labels-grid").components(separatedBy: "\r\n")
    let first = try #require(lines.firstIndex { $0.contains("2.其他法律行政") })
    #expect(lines[first + 1].contains("法规禁止公开"))
    let without = (lines[..<first] + lines[(first + 3)...]).joined(separator: "\r\n")
    let report = ReportReader.read(SourceText(without))
    let (missing, unfound, _) = problems(report)
    #expect(missing == ["withheld.prohibited"])
    #expect(unfound.isEmpty)
    #expect(report.table3?.row("withheld.security")?.cells.map(\.text) == ["0", "4", "9", "0", "9", "0", "22"])
  }

  /// A layout label whose pieces do not spell its label (`关不掌` written `关不拿`) is not joined; its numbering and
  /// first two characters (`1.本机`) stand where it belongs, so it is unread (GJ308), not missing.
  @Test func anUnjoinedLabelCutAfterTwoCharactersIsUnreadNotMissing() throws {
    let text = fixture("cut-labels-layout").replacingOccurrences(of: "关不掌", with: "关不拿")
    let report = ReportReader.read(SourceText(text))
    let (missing, unfound, _) = problems(report)
    #expect(missing.isEmpty)
    #expect(unfound == ["unable.notHeld"])
    let problem = try #require(report.problems.first { if case .rowUnfound = $0.kind { true } else { false } })
    #expect(report.text[problem.range] == "1.本机")
  }
}
