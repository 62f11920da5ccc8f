/// How serious a diagnostic is: 1 error … 4 hint. Unknown values are kept, not rejected.
package struct DiagnosticSeverity: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  package static let error = DiagnosticSeverity(rawValue: 1)
  package static let warning = DiagnosticSeverity(rawValue: 2)
  package static let information = DiagnosticSeverity(rawValue: 3)
  package static let hint = DiagnosticSeverity(rawValue: 4)
}

/// A rendering hint for a diagnostic.
package struct DiagnosticTag: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  /// Shown faded out.
  package static let unnecessary = DiagnosticTag(rawValue: 1)
  /// Shown struck through.
  package static let deprecated = DiagnosticTag(rawValue: 2)
}

/// A diagnostic's code: `integer | string`, coded as a request id is.
package typealias DiagnosticCode = IntegerOrString
