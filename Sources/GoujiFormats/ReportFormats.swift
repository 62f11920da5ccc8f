/// The catalogue of national formats.
package enum ReportFormats {
  /// The formats in use: ``FormatCatalogue/standard``, or the catalogue a caller binds for the duration of a call
  /// (`ReportFormats.$catalogue.withValue(FormatCatalogue(formats)) { … }`), such as a test's synthetic third format.
  /// A task-local value: bound for one call tree, never changed under another task's feet.
  @TaskLocal package static var catalogue = FormatCatalogue.standard

  /// Runs `body` with `formats` (oldest first) in use instead of the standard ones: the reader, the rules and the
  /// editor features called inside see only them. How a test registers a synthetic format.
  package static func using<Result>(_ formats: [ReportFormat], _ body: () throws -> Result) rethrows -> Result {
    try using(FormatCatalogue(formats), body)
  }

  /// Runs `body` with `catalogue` in use (a report's own, ``FormatCatalogue``, when it is analysed).
  package static func using<Result>(_ catalogue: FormatCatalogue, _ body: () throws -> Result) rethrows -> Result {
    // Binding the catalogue already in use changes nothing: skip it on the common path.
    guard !(catalogue.isStandard && self.catalogue.isStandard) else { return try body() }
    return try $catalogue.withValue(catalogue, operation: body)
  }

  /// Every format in use, oldest first.
  package static var all: [ReportFormat] { catalogue.formats }

  /// The newest format: the one tables are read against when nothing tells which format they follow.
  package static var latest: ReportFormat { catalogue.latest }

  /// The first report year with a national format; earlier reports are free-form.
  package static var firstYear: Int { catalogue.firstYear }

  /// The format with `id`; the newest format for an id that is not in use (a report read under another catalogue).
  package static func format(_ id: FormatID) -> ReportFormat {
    catalogue.format(id)
  }

  /// The format a report of `year` must follow (the newest whose years include it); `nil` for years before the first
  /// national format.
  package static func format(forYear year: Int) -> ReportFormat? {
    catalogue.format(forYear: year)
  }
}

/// A list of formats, oldest first, with at least one format.
package struct FormatCatalogue: Sendable {
  package let formats: [ReportFormat]
  /// Whether these are the formats registered in code, for which what is derived from them is made once and kept.
  package let isStandard: Bool

  /// The national formats. Register a new format here.
  package static let standard = FormatCatalogue(formats: [.format2019, .format2021], isStandard: true)

  /// A catalogue of `formats` (oldest first; at least one).
  package init(_ formats: [ReportFormat]) {
    precondition(!formats.isEmpty, "a catalogue holds at least one format")
    self.init(formats: formats, isStandard: false)
  }

  private init(formats: [ReportFormat], isStandard: Bool) {
    self.formats = formats
    self.isStandard = isStandard
  }

  /// The newest format: the one tables are read against when nothing tells which format they follow.
  package var latest: ReportFormat { formats[formats.count - 1] }

  /// The first report year with a national format; earlier reports are free-form.
  package var firstYear: Int { formats.map(\.years.lowerBound).min() ?? 2019 }

  /// The format with `id`; the newest format for an id not in the catalogue.
  package func format(_ id: FormatID) -> ReportFormat {
    formats.first { $0.id == id } ?? latest
  }

  /// The format a report of `year` must follow (the newest whose years include it); `nil` for years before the first
  /// national format.
  package func format(forYear year: Int) -> ReportFormat? {
    formats.last { $0.years.contains(year) }
  }
}

extension FormatCatalogue: Equatable {
  /// Two standard catalogues are equal without comparing their formats (a report's equality compares its catalogue).
  package static func == (lhs: FormatCatalogue, rhs: FormatCatalogue) -> Bool {
    lhs.isStandard == rhs.isStandard && (lhs.isStandard || lhs.formats == rhs.formats)
  }
}

/// A value derived from the formats in use (a matcher of every format's row labels): made once for the standard
/// formats and kept; made afresh from the bound catalogue when a caller binds another one.
package struct DerivedFromFormats<Value: Sendable>: Sendable {
  private let standard: Value
  private let make: @Sendable () -> Value

  package init(_ make: @escaping @Sendable () -> Value) {
    self.make = make
    standard = ReportFormats.$catalogue.withValue(.standard) { make() }
  }

  /// The value for the formats in use.
  package var value: Value { ReportFormats.catalogue.isStandard ? standard : make() }
}
