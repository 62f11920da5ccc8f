import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// GJ503 finds each region's leftovers by a search in the report's sorted list (`Report.artifacts(startingIn:)`);
/// these compare that search with a pass over the whole list.
@Suite struct ConversionArtifactsRegionTests {
  /// A report with leftovers in the prologue, in several sections (two on one line, one at a line start, one at the
  /// text's end), with CRLF and astral characters before them.
  private static let report = ReportReader.read(
    SourceText(
      ReportBuilder().with {
        $0.lineEnding = "\r\n"
        $0.prose[1] = "𠀀[image: a]一是**二是**三是\n[bookmark: _GoBack]四是"
        $0.prose[4] = "本年度行政复议1件。[image: 𠀀]\n**以上"
        $0.prose[6] = "结束。[bookmark: x]"
      }.build()))

  @Test func theReportHasLeftoversInSeveralPlaces() {
    #expect(Self.report.artifacts.count >= 7)
    #expect(Set(Self.report.artifacts.map { Self.report.text.line(containing: $0.range.start) }).count >= 4)
  }

  @Test func theSearchFindsWhatAPassFinds() {
    let report = Self.report
    // Every boundary at, just before and just after a leftover's start, and the text's ends.
    var offsets = Set([0, report.text.count])
    for artifact in report.artifacts {
      offsets.formUnion([artifact.range.start - 1, artifact.range.start, artifact.range.start + 1, artifact.range.end])
    }
    let sorted = offsets.filter { (0...report.text.count).contains($0) }.sorted()
    for start in sorted {
      for end in sorted where end >= start {
        let region = TextRange(start: start, end: end)
        let passed = report.artifacts.filter { region.contains($0.range.start) }
        #expect(Array(report.artifacts(startingIn: region)) == passed, "region \(region)")
      }
    }
  }

  @Test func aReportWithoutLeftoversGivesNone() {
    let report = ReportReader.read(SourceText(ReportBuilder().build()))
    #expect(report.artifacts(startingIn: TextRange(start: 0, end: report.text.count)).isEmpty)
  }
}
