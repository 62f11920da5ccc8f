import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiText

/// The command line's lookup of last year's report (``PreviousReportLookup``), by the path of the file checked.
struct LastYears: PreviousReportLookup {
  private let byPath: [String: PreviousYear]

  func previousReport(for report: Report, of document: DocumentID) -> PreviousReport? {
    byPath[document].map { PreviousReport(lastYear: $0, source: $0.source ?? document) }
  }

  /// Last year's report for each of `paths`, for the cross-year rules.
  ///
  /// With `--previous FILE`, that report for every file. Otherwise, when several files are checked, a first pass on
  /// all cores (``OrderedWork``) reads only each file's title; the files of a body that has more than one file are
  /// then read in full and keep, until the grouping is known, their agency, year and ``PreviousYear`` summary
  /// (figures and sentence hashes, never the text); only the summaries of reports that are another report's last
  /// year are kept after that. ``ReportChains`` links the same body's
  /// consecutive years. Standard input is read once, so it takes no part in the chains; a file that cannot be read
  /// is left out here and reported by the check itself. With every cross-year rule switched off there is no chain
  /// pass.
  init(_ paths: [String], options: CheckOptions, configuration: RuleConfiguration, io: CommandIO) throws {
    if let path = options.previous {
      let input = try InputFile.read(path, io: io)
      let summary = PreviousYear(Analyzer.read(SourceText(input.decoded.text)), source: input.displayPath)
      byPath = Dictionary(paths.map { ($0, summary) }, uniquingKeysWith: { first, _ in first })
      return
    }
    byPath = paths.count > 1 && Analyzer.readsLastYear(configuration) ? Self.chains(paths, io: io) : [:]
  }

  /// Each file's predecessor in its body's chain of consecutive reports, by path.
  ///
  /// Two passes keep a folder of one year cheap: the first reads only each file's title; only the files whose body
  /// (``AgencyName/key(_:)``) has another file are read in full in the second, for their year and summary.
  private static func chains(_ paths: [String], io: CommandIO) -> [String: PreviousYear] {
    var keys: [String?] = []
    OrderedWork.run(count: paths.count, work: { index -> String? in
      guard paths[index] != "-", let input = try? InputFile.read(paths[index], io: io) else { return nil }
      return Analyzer.title(of: SourceText(input.decoded.text))?.agency.flatMap(AgencyName.key)
    }, deliver: { keys.append($0) })
    var counts: [String: Int] = [:]
    for key in keys.compactMap(\.self) { counts[key, default: 0] += 1 }
    let candidates = paths.indices.filter { keys[$0].map { counts[$0, default: 0] > 1 } ?? false }
    guard !candidates.isEmpty else { return [:] }
    var members = Array(repeating: ReportChains.Member(agency: nil, year: nil), count: paths.count)
    var summaries: [PreviousYear?] = Array(repeating: nil, count: paths.count)
    var next = 0
    OrderedWork.run(count: candidates.count, work: { slot -> (ReportChains.Member, PreviousYear)? in
      guard let input = try? InputFile.read(paths[candidates[slot]], io: io) else { return nil }
      let report = Analyzer.read(SourceText(input.decoded.text))
      let member = ReportChains.Member(agency: report.title?.agency, year: report.reportYear)
      return (member, PreviousYear(report, source: input.displayPath))
    }, deliver: { read in
      let index = candidates[next]
      next += 1
      members[index] = read?.0 ?? ReportChains.Member(agency: nil, year: nil)
      summaries[index] = read?.1
    })
    let chains = ReportChains(members)
    var byPath: [String: PreviousYear] = [:]
    for index in paths.indices {
      if let summary = chains.previous[index].flatMap({ summaries[$0] }) { byPath[paths[index]] = summary }
    }
    return byPath
  }
}
