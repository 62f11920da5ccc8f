import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Labels broken by `<br>` inside a grid cell (`Fixtures/reader/grid-broken-labels-*`, from the corpus report
/// `inv-2022-breaks`, CRLF, `𠀀` in the prose; their values are checked by `ReaderPatternTests`): a grid row drawn
/// over several lines is one row, its label the pieces of its cell joined; never missing.
@Suite struct GridRowJoinTests {
  private func read(_ name: String) -> Report {
    ReportReader.read(SourceText(Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")))
  }

  private func table3Problems(_ report: Report) -> (missing: [String], unreadable: [String]) {
    var result: (missing: [String], unreadable: [String]) = ([], [])
    for problem in report.problems {
      switch problem.kind {
      case .rowMissing(.table3, let key, _): result.missing.append(key)
      case .rowUnreadable(.table3, let key, _): result.unreadable.append(key)
      default: break
      }
    }
    return result
  }

  /// w3m and pandoc: `一、本年新收` beside the values, `政府信息公开申请数量` on the grid row's next line, read with the
  /// values of the first line and the label as the pieces spell it.
  @Test(arguments: ["grid-broken-labels-w3m", "grid-broken-labels-pandoc"])
  func aLabelBrokenInsideItsGridCellIsRead(_ name: String) throws {
    let report = read(name)
    let text = Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")
    #expect(text.contains("\r\n") && text.contains("𠀀"))
    let (missing, unreadable) = table3Problems(report)
    #expect(missing.isEmpty && unreadable.isEmpty)
    let row = try #require(report.table3?.row("new"))
    #expect(row.label == "一、本年新收政府信息公开申请数量")
    #expect(row.cells.map(\.text) == ["1223", "260", "570", "370", "419", "236", "3077"])
    #expect(report.text[row.labelRange].hasPrefix("一、本年新收"))
    let line = report.text.line(containing: row.labelRange.start)
    #expect(row.cells.allSatisfy { report.text.line(containing: $0.range.start) == line })
  }

  /// A value on the label's second line too: which cells are the row's is not certain, so the row is unread
  /// (GJ308, saying so), never missing and never read; the problem covers its values on both lines.
  @Test func aGridRowWithValuesOnTwoLinesIsUnread() throws {
    let report = read("grid-broken-labels-uncertain")
    let (missing, unreadable) = table3Problems(report)
    #expect(missing.isEmpty)
    #expect(unreadable.isEmpty)
    let spread = report.problems.compactMap { problem -> (String, Int, TextRange)? in
      if case .gridRowSpread(.table3, let key, let lines) = problem.kind { return (key, lines, problem.range) }
      return nil
    }
    let (key, lines, range) = try #require(spread.first)
    #expect(spread.count == 1 && key == "new" && lines == 2)
    #expect(report.text[range].hasPrefix("1223"))
    #expect(report.text[range].hasSuffix("1"))
    #expect(report.text.line(containing: range.end) == report.text.line(containing: range.start) + 1)
    let row = try #require(report.table3?.row("new"))
    #expect(row.cells.allSatisfy { !$0.isReadable })
  }

  /// w3m wraps a value too wide for its grid cell onto the grid row's next line (`│１６１ │` over `│５     │`, full-width
  /// digits of `inv-2021-wide`, round "unseen7"): the line alone would give `161` for `1615`, so the row is unread
  /// (GJ308, a `gridValueWrapped` problem naming each value's pieces as written, over the pieces), never read; the
  /// rows whose values fit are read.
  @Test func aValueWrappedInsideItsGridCellLeavesItsRowUnread() throws {
    let name = "grid-wrapped-values-w3m"
    let text = Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")
    #expect(text.contains("\r\n") && text.contains("𠀀"))
    let report = read(name)
    let wrapped = report.problems.compactMap { problem -> (String, [ReadingProblem.WrappedValue], TextRange)? in
      if case .gridValueWrapped(.table3, let key, let values) = problem.kind { return (key, values, problem.range) }
      return nil
    }
    #expect(wrapped.map(\.0).sorted() == ["new", "outcomeTotal"])
    for (key, values, range) in wrapped {
      let ends = key == "new" ? ["５", "３", "２"] : ["５", "４", "４"]
      #expect(values.map(\.pieces) == zip(["１６１", "２６", "３４２"], ends).map { [$0, $1] })
      for value in values {
        let written = report.text[value.range]
        #expect(written.hasPrefix(value.pieces[0]) && written.hasSuffix(value.pieces[1]))
      }
      #expect(report.text[range].hasPrefix("１６１") && report.text[range].hasSuffix("４") == (key == "outcomeTotal"))
      #expect(report.text.line(containing: range.end) == report.text.line(containing: range.start) + 1)
      let row = try #require(report.table3?.row(key))
      #expect(row.cells.allSatisfy { !$0.isReadable })
    }
    #expect(!report.problems.contains { if case .gridRowSpread = $0.kind { true } else { false } })
    #expect(report.table3?.row("carried")?.cells.map(\.text) == ["0", "0", "0", "6", "0", "3", "9"])
  }

  /// A Markdown pipe table draws `|---|` once under its header, never between rows: trafilatura's copy of
  /// `inv-2023-split` (its table 三 split in two, a separator under each header) has rows of one line each. Read as
  /// one grid row between two rules, every row was taken for a wrapped value's and left unread (round unseen7).
  @Test(arguments: ["\n", "\r\n"])
  func aPipeTableBetweenTwoSeparatorsIsNoGridRow(_ lineEnd: String) {
    let lines = Fixtures.fixture("GoujiSyntaxTests", "corpus/inv-2023-split.trafilatura.txt").split(
      separator: "\n", omittingEmptySubsequences: false)
    let report = ReportReader.read(SourceText(lines.joined(separator: lineEnd) + "𠀀"))
    #expect(!report.problems.contains { if case .gridRowSpread = $0.kind { true } else { false } })
    #expect(report.table3?.row("new")?.cells.map(\.text) == ["1974", "474", "264", "519", "350", "369", "3950"])
    #expect(report.table3?.row("carried")?.cells.map(\.text) == ["7", "0", "2", "4", "6", "0", "19"])
  }
}
