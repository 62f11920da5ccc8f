import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiText

/// The command line's lookup of last year's report (``PreviousReportLookup``), by the path of the file checked.
struct LastYears: PreviousReportLookup, Sendable {
  /// Summaries made before the check, by the path of the file they are last year's report of.
  let ready: [String: PreviousYear]
  /// The path of last year's report, by the path of the later file, when last year's check hands its summary over.
  let handedOver: [String: String]
  let handover: SummaryHandover

  init(ready: [String: PreviousYear] = [:], handedOver: [String: String] = [:]) {
    self.ready = ready
    self.handedOver = handedOver
    handover = SummaryHandover(expected: Set(handedOver.values))
  }

  func previousReport(for report: Report, of document: DocumentID) -> PreviousReport? {
    let summary = ready[document] ?? handedOver[document].flatMap(handover.summary(of:))
    return summary.map { PreviousReport(lastYear: $0, source: $0.source ?? document) }
  }

  /// Tells the lookup that the check of `path` read it as `report` (`nil`: it could not be read), shown as
  /// `source`: when a later file's check waits for its summary, it is made from this reading.
  func checked(_ path: String, as report: Report?, source: String) {
    handover.put(report.map { PreviousYear($0, source: source) }, of: path)
  }

  /// Last year's report for each of `paths`, for the cross-year rules.
  ///
  /// With `--previous FILE`, that report for every file. Otherwise, when several files are checked, their chains
  /// (``chains(_:fixing:io:)``). Standard input is read once, so it takes no part in the chains; a file that cannot
  /// be read is left out here and reported by the check itself. With every cross-year rule switched off there is no
  /// chain pass.
  init(_ paths: [String], options: CheckOptions, configuration: RuleConfiguration, io: CommandIO) throws {
    if let path = options.previous {
      let input = try InputFile.read(path, io: io)
      let summary = PreviousYear(Analyzer.read(SourceText(input.decoded.text)), source: input.displayPath)
      self.init(ready: Dictionary(paths.map { ($0, summary) }, uniquingKeysWith: { first, _ in first }))
      return
    }
    let chained = paths.count > 1 && Analyzer.readsLastYear(configuration)
    self = chained ? Self.chains(paths, fixing: options.fix, io: io) : LastYears()
  }
}
