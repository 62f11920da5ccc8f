/// The identifier of a national format, as the command line prints it (`2019`, `2021`). Only the format data
/// names particular formats; everything else takes the ids from ``ReportFormats/all``.
package struct FormatID: RawRepresentable, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
  package var rawValue: String

  package init(rawValue: String) { self.rawValue = rawValue }

  /// The ids of the registered formats, oldest first.
  package static var allCases: [FormatID] { ReportFormats.all.map(\.id) }

  package var description: String { rawValue }

  package static func < (lhs: FormatID, rhs: FormatID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A format's name in messages, in Chinese and in English.
package struct FormatName: Sendable, Hashable {
  package var zh: String
  package var en: String

  package init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }
}
