/// Which reports of a batch are the same body's reports of consecutive years, for the cross-year rules (GJ402,
/// GJ408, GJ409). Pure: it sees only each report's agency (from its title) and year.
///
/// Two reports are linked when their agencies are equal after ``AgencyName/key(_:)`` and their years are
/// consecutive. A body and year with more than one report (copies, drafts, a report and its correction) links to
/// nothing and nothing links to it: which copy is meant cannot be told, and a wrong link is worse than none. Those
/// are listed in ``duplicates``.
package struct ReportChains: Sendable {
  /// What the grouping sees of one report.
  package struct Member: Sendable, Hashable {
    package var agency: String?
    package var year: Int?

    package init(agency: String?, year: Int?) {
      self.agency = agency
      self.year = year
    }
  }

  /// A body and year of which the batch holds several reports (by index), left unlinked.
  package struct Duplicate: Sendable, Hashable {
    package var agency: String
    package var year: Int
    package var members: [Int]
  }

  /// For each report (by index) that has one, the index of last year's report of the same body.
  package private(set) var previous: [Int: Int] = [:]
  /// Bodies and years with several reports, in order of their first report.
  package private(set) var duplicates: [Duplicate] = []

  private struct Key: Hashable {
    var agency: String
    var year: Int
  }

  package init(_ members: [Member]) {
    var indices: [Key: [Int]] = [:]
    var order: [Key] = []
    for (index, member) in members.enumerated() {
      guard let agency = member.agency.flatMap(AgencyName.key), let year = member.year else { continue }
      let key = Key(agency: agency, year: year)
      if indices[key] == nil { order.append(key) }
      indices[key, default: []].append(index)
    }
    for key in order {
      guard let group = indices[key] else { continue }
      guard group.count == 1 else {
        duplicates.append(Duplicate(agency: key.agency, year: key.year, members: group))
        continue
      }
      if let before = indices[Key(agency: key.agency, year: key.year - 1)], before.count == 1 {
        previous[group[0]] = before[0]
      }
    }
  }

  /// The indices of every report that is last year's report of another: those whose summaries the batch keeps.
  package var predecessors: Set<Int> { Set(previous.values) }
}
