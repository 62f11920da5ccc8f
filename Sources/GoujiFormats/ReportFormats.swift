/// The catalogue of national formats.
package enum ReportFormats {
  /// Every format, oldest first. Register a new format here.
  package static let all: [ReportFormat] = [.format2019, .format2021]

  /// The first report year with a national format; earlier reports are free-form.
  package static var firstYear: Int { all.map(\.years.lowerBound).min() ?? 2019 }

  package static func format(_ id: FormatID) -> ReportFormat {
    all.first { $0.id == id }!
  }

  /// The format a report of `year` must follow; `nil` for years before the first national format.
  package static func format(forYear year: Int) -> ReportFormat? {
    all.first { $0.years.contains(year) }
  }
}
