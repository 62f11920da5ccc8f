import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiText

/// The command line's lookup of last year's report (``PreviousReportLookup``), by the path of the file checked.
struct LastYears: PreviousReportLookup {
  private let byPath: [String: PreviousYear]

  /// What the cross-year rules need of the report of last year of the file at `path`.
  subscript(path: String) -> PreviousYear? { byPath[path] }

  func previousReport(for report: Report, of document: DocumentID) -> PreviousReport? {
    byPath[document].map { PreviousReport(lastYear: $0, source: $0.source ?? document) }
  }

  /// Last year's report for each of `paths`, for the cross-year rules.
  ///
  /// With `--previous FILE`, that report for every file. Otherwise, when several files are checked, a first pass
  /// reads every file on all cores (``OrderedWork``) and keeps of each only its agency and year and, until the
  /// grouping is known, its ``PreviousYear`` summary (figures and sentence hashes, never the text); the summaries of
  /// the reports that are no other report's last year are then dropped. ``ReportChains`` links the same body's
  /// consecutive years. Standard input is read once, so it takes no part in the chains; a file that cannot be read
  /// is left out here and reported by the check itself.
  init(_ paths: [String], options: CheckOptions, io: CommandIO) throws {
    if let path = options.previous {
      let input = try InputFile.read(path, io: io)
      let summary = PreviousYear(Analyzer.read(SourceText(input.decoded.text)), source: input.displayPath)
      byPath = Dictionary(paths.map { ($0, summary) }, uniquingKeysWith: { first, _ in first })
      return
    }
    byPath = paths.count > 1 ? Self.chains(paths, io: io) : [:]
  }

  /// Each file's predecessor in its body's chain of consecutive reports, by path.
  private static func chains(_ paths: [String], io: CommandIO) -> [String: PreviousYear] {
    var members: [ReportChains.Member] = []
    var summaries: [PreviousYear?] = []
    OrderedWork.run(count: paths.count, work: { index -> (ReportChains.Member, PreviousYear)? in
      guard paths[index] != "-", let input = try? InputFile.read(paths[index], io: io) else { return nil }
      let report = Analyzer.read(SourceText(input.decoded.text))
      let member = ReportChains.Member(agency: report.title?.agency, year: report.reportYear)
      return (member, PreviousYear(report, source: input.displayPath))
    }, deliver: { read in
      members.append(read?.0 ?? ReportChains.Member(agency: nil, year: nil))
      summaries.append(read?.1)
    })
    let chains = ReportChains(members)
    let kept = chains.predecessors
    for index in summaries.indices where !kept.contains(index) { summaries[index] = nil }
    var byPath: [String: PreviousYear] = [:]
    for index in paths.indices {
      if let summary = chains.previous[index].flatMap({ summaries[$0] }) { byPath[paths[index]] = summary }
    }
    return byPath
  }
}
