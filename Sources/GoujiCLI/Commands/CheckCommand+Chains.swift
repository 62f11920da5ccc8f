import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiText

extension CheckCommand {
  /// Last year's report for each of `paths` (by index), for the cross-year rules.
  ///
  /// With `--previous FILE`, that report for every file. Otherwise, when several files are checked, a first pass
  /// reads every file on all cores (``OrderedWork``) and keeps of each only its agency and year and, until the
  /// grouping is known, its ``PreviousYear`` summary (figures and sentence hashes, never the text); the summaries of
  /// the reports that are no other report's last year are then dropped. ``ReportChains`` links the same body's
  /// consecutive years. Standard input is read once, so it takes no part in the chains; a file that cannot be read
  /// is left out here and reported by the check itself.
  static func lastYears(_ paths: [String], options: CheckOptions, io: CommandIO) throws -> [PreviousYear?] {
    if let path = options.previous {
      let input = try InputFile.read(path, io: io)
      let summary = PreviousYear(ReportReader.read(SourceText(input.decoded.text)), source: input.displayPath)
      return Array(repeating: summary, count: paths.count)
    }
    guard paths.count > 1 else { return Array(repeating: nil, count: paths.count) }
    var members: [ReportChains.Member] = []
    var summaries: [PreviousYear?] = []
    OrderedWork.run(count: paths.count, work: { index -> (ReportChains.Member, PreviousYear)? in
      guard paths[index] != "-", let input = try? InputFile.read(paths[index], io: io) else { return nil }
      let report = ReportReader.read(SourceText(input.decoded.text))
      let member = ReportChains.Member(agency: report.title?.agency, year: report.reportYear)
      return (member, PreviousYear(report, source: input.displayPath))
    }, deliver: { read in
      members.append(read?.0 ?? ReportChains.Member(agency: nil, year: nil))
      summaries.append(read?.1)
    })
    let chains = ReportChains(members)
    let kept = chains.predecessors
    for index in summaries.indices where !kept.contains(index) { summaries[index] = nil }
    return paths.indices.map { index in chains.previous[index].flatMap { summaries[$0] } }
  }
}
