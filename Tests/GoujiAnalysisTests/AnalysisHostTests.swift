import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiAnalysis

/// The analysis host: documents over versions and edits, cancellation, last year's report through the lookup, and
/// the fix-all kept per analysis. Whatever it keeps equals a fresh analysis of the document's text.
@Suite struct AnalysisHostTests {
  /// A lookup that answers one fixed report and records which documents were read.
  final class RecordingLookup: PreviousReportLookup {
    var previous: PreviousReport?
    var read: [DocumentID] = []

    func previousReport(for report: Report, of document: DocumentID) -> PreviousReport? { previous }
    func documentWasRead(_ document: DocumentID, as report: Report) { read.append(document) }
  }

  static let name = "000_212ac920282683c5.txt"

  /// The change that replaces the first occurrence of `old` in `text` by `new`, in UTF-16 lines and columns.
  static func change(_ text: SourceText, replacing old: String, with new: String) throws -> DocumentChange {
    let start = try #require(text.string.range(of: old)).lowerBound.utf16Offset(in: text.string)
    let startOffset = text.string.utf8.distance(
      from: text.string.startIndex, to: String.Index(utf16Offset: start, in: text.string))
    let range = TextRange(start: startOffset, end: startOffset + old.utf8.count)
    return DocumentChange(range: text.lineColumnRange(of: range, in: .utf16), newText: new)
  }

  @Test func editsAcrossVersionsGiveTheAnalysisOfTheTextReadAfresh() throws {
    let host = AnalysisHost()
    let lookup = RecordingLookup()
    host.open("a", version: 1, text: SourceText(Fixtures.example(Self.name)))
    _ = try host.analysis(of: "a", lookup: lookup)
    var text = try #require(host["a"]?.text)
    let changes = [
      try Self.change(text, replacing: "六、", with: "六、 "),  // a heading line: read in full
      DocumentChange(
        range: LineColumnRange(start: .init(line: 3, column: 0), end: .init(line: 3, column: 0)), newText: "𠀀\r\n"
      ),
    ]
    host.change("a", to: 2, applying: changes, in: .utf16)
    text = text.applying(changes, in: .utf16)
    let analysis = try #require(try host.analysis(of: "a", lookup: lookup))
    let fresh = Analyzer.analyze(text)
    #expect(host["a"]?.version == 2)
    #expect(analysis.report == fresh.report)
    #expect(analysis.diagnostics == fresh.diagnostics)
    // The change re-read the document itself; only a reading on demand is told.
    #expect(lookup.read == ["a"])
  }

  @Test func aCancelledAnalysisKeepsNothingAndTheNextOneIsComplete() throws {
    let host = AnalysisHost()
    let lookup = RecordingLookup()
    let text = SourceText(Fixtures.example(Self.name))
    host.open("a", version: 1, text: text)
    #expect(throws: AnalysisCancelled()) { try host.analysis(of: "a", lookup: lookup, cancellation: .cancelled) }
    #expect(host["a"]?.report == nil && host["a"]?.analysis == nil)
    #expect(host.work.stopped == 1)
    #expect(lookup.read.isEmpty)
    let analysis = try #require(try host.analysis(of: "a", lookup: lookup))
    #expect(analysis.diagnostics == Analyzer.analyze(text).diagnostics)
  }

  /// While a newer change waits, a change that needs a full read leaves the document unread; the next analysis
  /// reads it once.
  @Test func aStructuralChangeWithANewerOneWaitingIsNotRead() throws {
    let host = AnalysisHost()
    let lookup = RecordingLookup()
    host.open("a", version: 1, text: SourceText(Fixtures.example(Self.name)))
    _ = try host.reading(of: "a", lookup: lookup)
    let text = try #require(host["a"]?.text)
    let heading = try Self.change(text, replacing: "六、", with: "六、 ")
    host.change("a", to: 2, applying: [heading], in: .utf16, newerChange: .cancelled)
    #expect(host["a"]?.report == nil)
    let analysis = try #require(try host.analysis(of: "a", lookup: lookup))
    #expect(analysis.report == ReportReader.read(text.applying([heading], in: .utf16)))
  }

  @Test func lastYearsReportComesFromTheLookupAndADifferentOneNeedsAnInvalidation() throws {
    let host = AnalysisHost()
    let lookup = RecordingLookup()
    let lastYear = ReportReader.read(SourceText(Fixtures.example("001_787e7c90b6bc98b9.txt")))
    lookup.previous = PreviousReport(lastYear: PreviousYear(lastYear), source: "last")
    let text = SourceText(Fixtures.example(Self.name))
    host.open("a", version: 1, text: text)
    let analysis = try #require(try host.analysis(of: "a", lookup: lookup))
    #expect(analysis.diagnostics == Analyzer.analyze(text, previous: lastYear).diagnostics)
    #expect(host["a"]?.previousSource == "last")
    lookup.previous = nil
    host.invalidateAnalysis(of: "a")
    #expect(try host.analysis(of: "a", lookup: lookup)?.diagnostics == Analyzer.analyze(text).diagnostics)
    #expect(host["a"]?.previousSource == nil)
  }

  /// The fix-all is the fixed point `gouji check --fix` reaches, computed once per analysis from that analysis.
  @Test func theFixAllIsKeptWithTheAnalysisOfItsVersion() throws {
    let host = AnalysisHost()
    let lookup = RecordingLookup()
    let text = SourceText(Fixtures.example(Self.name))
    host.open("a", version: 1, text: text)
    #expect(host.safeFixEdits(of: "a") == nil)
    _ = try host.analysis(of: "a", lookup: lookup)
    let edits = try #require(host.safeFixEdits(of: "a"))
    #expect(!edits.isEmpty)
    #expect(edits == Analyzer.safeFixEdits(text))
    #expect(host["a"]?.fixAll == edits)
    host.change("a", to: 2, applying: [DocumentChange(range: nil, newText: text.string + "\n")], in: .utf16)
    #expect(host["a"]?.fixAll == nil && host.safeFixEdits(of: "a") == nil)
  }

  /// What the next year's documents use of a document's reading is made once per reading and follows its edits.
  @Test func theLastYearSummaryIsKeptWithTheReadingOfItsVersion() throws {
    let host = AnalysisHost()
    let text = SourceText(Fixtures.example(Self.name))
    host.open("a", version: 1, text: text)
    #expect(host.lastYearSummary(of: "a") == nil)
    _ = try host.reading(of: "a", lookup: RecordingLookup())
    let summary = try #require(host.lastYearSummary(of: "a"))
    #expect(summary == PreviousYear(Analyzer.read(text)))
    #expect(host["a"]?.lastYearSummary == summary)
    let change = try Self.change(text, replacing: "六、", with: "本机关全年新增一项工作。\n六、")
    host.change("a", to: 2, applying: [change], in: .utf16)
    #expect(host["a"]?.lastYearSummary == nil)
    let edited = text.applying([change], in: .utf16)
    #expect(host.lastYearSummary(of: "a") == PreviousYear(Analyzer.read(edited)))
    #expect(host.lastYearSummary(of: "a") != summary)
  }

  @Test func closedDocumentsAreForgotten() throws {
    let host = AnalysisHost()
    #expect(!host.open("b", version: 1, text: SourceText("x")))
    #expect(host.open("b", version: 2, text: SourceText("y")))
    #expect(host.ids == ["b"])
    #expect(!host.change("c", to: 1, applying: [], in: .utf16))
    #expect(host.close("b") && !host.close("b") && host.isEmpty)
    #expect(try host.analysis(of: "b", lookup: RecordingLookup()) == nil)
  }
}
