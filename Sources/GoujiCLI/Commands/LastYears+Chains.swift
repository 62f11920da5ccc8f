import GoujiAnalysis
import GoujiRules
import GoujiSyntax
import GoujiText

/// The chains of a batch: which file is which file's last year's report, found with as little reading as possible.
extension LastYears {
  /// What the title pass keeps of one file.
  private struct Titled: Sendable {
    /// The agency's compared form (``AgencyName/key(_:)``).
    var key: String
    var agency: String?
    /// The title's year: the report's year whenever there is one (the reader takes the title's year first).
    var year: Int?
  }

  /// Each file's predecessor in its body's chain of consecutive reports, by path.
  ///
  /// A first pass on all cores (``OrderedWork``) reads only each file's title. The files of a body with more than
  /// one file are the candidates; the title gives their agency and, nearly always, their year (the report's year is
  /// the title's when it has one); only a candidate whose title has no year is read in full, for its year and its
  /// summary. ``ReportChains`` links the same body's consecutive years. Then last year's summary comes, for each
  /// later file, from the check of last year's file itself when that comes first in the order of the check (so each
  /// file is read once); only when it comes later, or with `--fix` (which rewrites it before the later check),
  /// is it read before the check, as the summaries of files with no year in their title already were.
  static func chains(_ paths: [String], fixing: Bool, io: CommandIO) -> LastYears {
    let titles = titlePass(paths, io: io)
    var counts: [String: Int] = [:]
    for key in titles.compactMap(\.?.key) { counts[key, default: 0] += 1 }
    let candidates = paths.indices.filter { titles[$0].map { counts[$0.key, default: 0] > 1 } ?? false }
    guard !candidates.isEmpty else { return LastYears() }
    var members = Array(repeating: ReportChains.Member(agency: nil, year: nil), count: paths.count)
    for index in candidates {
      members[index] = ReportChains.Member(agency: titles[index]?.agency, year: titles[index]?.year)
    }
    let yearless = candidates.filter { titles[$0]?.year == nil }
    var summaries = readSummaries(yearless, of: paths, io: io) { members[$0] = $1 }
    let chains = ReportChains(members)
    let readFirst = chains.previous.filter { later, last in summaries[last] == nil && (fixing || last > later) }
    summaries.merge(readSummaries(readFirst.values.sorted(), of: paths, io: io) { _, _ in }) { first, _ in first }
    var ready: [String: PreviousYear] = [:]
    var handedOver: [String: String] = [:]
    for (later, last) in chains.previous {
      if let summary = summaries[last] {
        ready[paths[later]] = summary
      } else if readFirst[later] == nil {
        handedOver[paths[later]] = paths[last]
      }
    }
    return LastYears(ready: ready, handedOver: handedOver)
  }

  /// The title of each of `paths` (`nil` for standard input, a file that cannot be read, a title without an agency).
  private static func titlePass(_ paths: [String], io: CommandIO) -> [Titled?] {
    var titles: [Titled?] = []
    OrderedWork.run(
      count: paths.count,
      work: { index -> Titled? in
        guard paths[index] != "-", let input = try? InputFile.read(paths[index], io: io, picturesTraced: false) else {
          return nil
        }
        let title = Analyzer.title(of: input.decoded.text)
        guard let key = title?.agency.flatMap(AgencyName.key) else { return nil }
        return Titled(key: key, agency: title?.agency, year: title?.year)
      }, deliver: { titles.append($0) })
    return titles
  }

  /// The files `indices` of `paths` read in full, on all cores: each one's summary by index (none for a file that
  /// cannot be read), and its grouping member handed to `member` (in the order of `indices`).
  private static func readSummaries(
    _ indices: [Int], of paths: [String], io: CommandIO, member: (Int, ReportChains.Member) -> Void
  ) -> [Int: PreviousYear] {
    var summaries: [Int: PreviousYear] = [:]
    var next = 0
    OrderedWork.run(
      count: indices.count,
      work: { slot -> (ReportChains.Member, PreviousYear)? in
        guard let input = try? InputFile.read(paths[indices[slot]], io: io) else { return nil }
        let report = Analyzer.read(SourceText(input.decoded.text))
        let member = ReportChains.Member(agency: report.title?.agency, year: report.reportYear)
        return (member, PreviousYear(report, source: input.displayPath))
      },
      deliver: { read in
        let index = indices[next]
        next += 1
        member(index, read?.0 ?? ReportChains.Member(agency: nil, year: nil))
        summaries[index] = read?.1
      })
    return summaries
  }
}
